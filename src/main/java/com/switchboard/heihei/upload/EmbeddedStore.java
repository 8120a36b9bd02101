package com.switchboard.heihei.upload;

import com.switchboard.platform.secret.Hmac;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * No object store configured: files on local disk, served by {@code MediaResource}. Credentials have Aliyun's shape
 * but no real service accepts them (an access key id starting {@code embedded-}, a security token that is this
 * service's HMAC of the object and expiry); with them an app may put that one object here. An object the service
 * named counts as written even if the app never put it (an app built for OSS may not know this store); a sign still
 * verifies only once, only for its user.
 */
public final class EmbeddedStore implements ObjectStore {
    static final String ACCESS_KEY_PREFIX = "embedded-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String bucket;
    private final Hmac tokens;
    private final Path root;

    public EmbeddedStore(String bucket, String secret, Path root) {
        this.bucket = bucket;
        this.tokens = Hmac.of(secret);
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public Grant grantPut(String key, Duration life) {
        Instant expiration = Instant.now().plus(life).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        byte[] id = new byte[8];
        byte[] secret = new byte[16];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new Grant(ACCESS_KEY_PREFIX + HexFormat.of().formatHex(id), HexFormat.of().formatHex(secret),
                token(key, expiration.getEpochSecond()), expiration);
    }

    /** {@code <expiry epoch s>.<mac>}: the token alone says which object, until when. */
    private String token(String key, long expires) {
        return expires + "." + tokens.mac(bucket + "/" + key + "@" + expires);
    }

    /** Whether a security token is this store's for that object and unexpired. */
    boolean accepts(String key, String securityToken) {
        int dot = securityToken == null ? -1 : securityToken.indexOf('.');
        if (dot < 1 || !ObjectStore.saneKey(key)) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(securityToken.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        return expires > Instant.now().getEpochSecond()
                && tokens.matches(bucket + "/" + key + "@" + expires, securityToken.substring(dot + 1));
    }

    /**
     * An app's put with its credentials' security token, at most {@code maxBytes}.
     *
     * @return false when the token is not for this object or the body is larger
     */
    public boolean write(String key, String securityToken, InputStream body, long maxBytes) throws IOException {
        if (!accepts(key, securityToken)) {
            return false;
        }
        Path temp = tempFile();
        try {
            boolean whole = true;
            try (var out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[16384];
                long total = 0;
                for (int n; whole && (n = body.read(buffer)) != -1; ) {
                    total += n;
                    whole = total <= maxBytes;
                    out.write(buffer, 0, n);
                }
            }
            if (whole) {
                move(key, temp);
            }
            return whole;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean exists(String key) {
        return ObjectStore.saneKey(key);
    }

    @Override
    public void put(String key, Path file, String contentType, byte[] md5) {
        try {
            Path temp = tempFile();
            try {
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
                move(key, temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> head(String key, int bytes) {
        return file(key).map(f -> {
            try (var in = Files.newInputStream(f)) {
                return in.readNBytes(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The file of an object put here, if any. */
    public Optional<Path> file(String key) {
        if (!ObjectStore.saneKey(key)) {
            return Optional.empty();
        }
        Path p = root.resolve(key).normalize();
        return p.startsWith(root) && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Beside the objects, so that the final move is a rename. */
    private Path tempFile() throws IOException {
        Files.createDirectories(root);
        return Files.createTempFile(root, "put-", ".part");
    }

    private void move(String key, Path temp) throws IOException {
        if (!ObjectStore.saneKey(key)) {
            throw new IOException("not a key this store names: " + key);
        }
        Path target = root.resolve(key).normalize();
        Files.createDirectories(target.getParent());
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
