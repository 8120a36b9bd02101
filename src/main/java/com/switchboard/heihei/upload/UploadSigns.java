package com.switchboard.heihei.upload;

import com.switchboard.platform.secret.Hmac;
import com.switchboard.platform.secret.ServerSecrets;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HH-UPLOAD-01's signs: the server names each upload, hands out credentials for that object only, and records the
 * sign. {@link #use} is the one verification every consumer calls (HH-TOPIC-04/05, direct messages): a sign counts
 * once, only for the user it was issued to, only once the object exists; anything else is 102.
 */
@Stateless
public class UploadSigns {
    static final Set<String> MODULES = Set.of("record", "message", "avatar");
    /** {@code format} → file extension; {@code jepg} is the spec's typo, kept on the wire. */
    static final Map<String, String> FORMATS = Map.of("mp3", "mp3", "png", "png", "jpeg", "jpeg", "jepg", "jpeg",
            "jpg", "jpg");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final SecureRandom RANDOM = new SecureRandom();

    /** HH-UPLOAD-01's reply. */
    public record Issued(String fileName, String path, String sign, ObjectStore.Grant credentials) {
    }

    /** A verified upload: its object (clients fetch it at {@link MediaUrls#url}). */
    public record Uploaded(String module, String key) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    ObjectStore store;
    @Inject
    UploadSettings settings;
    @Inject
    ServerSecrets secrets;

    /** 700 for an unknown format or module; 400 when the object store does not grant credentials. */
    public Issued issue(long userId, String format, String module) {
        String ext = format == null ? null : FORMATS.get(format);
        if (ext == null || !MODULES.contains(module)) {
            throw HeiheiFailure.badParam("format mp3|png|jpeg|jepg|jpg, module record|message|avatar");
        }
        Instant now = Instant.now();
        String key = objectKey(module, userId, ext, now);
        String fileName = key.substring(module.length() + 1);
        String path = store.bucket() + "/" + key;
        // 32 hex: the first 128 bits of HMAC-SHA256(server secret, path)
        String hex = java.util.HexFormat.of().formatHex(Hmac.sha256(secrets.secret("heihei.upload.sign")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), path.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                0, 16);
        ObjectStore.Grant grant;
        try {
            grant = store.grantPut(key, settings.credentialLife());
        } catch (RuntimeException e) {
            throw new HeiheiFailure(400, "上传凭证获取失败，请稍后再试");
        }
        em.createNativeQuery("INSERT INTO hh_upload_sign (sign, user_id, module, object_key, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, hex).setParameter(2, userId)
                .setParameter(3, module).setParameter(4, key).setParameter(5, now).executeUpdate();
        return new Issued(fileName, path, hex, grant);
    }

    /** {@code module/yyyyMMddHH_<userId>_<10 random>.<ext>}: the name of every object the server names. */
    public static String objectKey(String module, long userId, String ext, Instant now) {
        StringBuilder random = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            random.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return module + "/" + HOUR.format(now) + "_" + userId + "_" + random + "." + ext;
    }

    /**
     * Uses a sign once: 102 unless it was issued to {@code userId} for {@code module}, unused, and uploaded as the
     * type its name says (png, jpeg, mp3 by their first bytes).
     */
    public Uploaded use(long userId, String sign, String module) {
        List<?> found = sign == null || sign.length() != 32 ? List.of() : em.createNativeQuery(
                        "SELECT user_id, module, object_key, used_at FROM hh_upload_sign WHERE sign = ?1")
                .setParameter(1, sign).getResultList();
        if (found.isEmpty()) {
            throw failed();
        }
        Object[] r = (Object[]) found.get(0);
        String key = (String) r[2];
        if (((Number) r[0]).longValue() != userId || !module.equals(r[1]) || r[3] != null) {
            throw failed();
        }
        // the object exists and is what its name says (an app puts it straight to OSS, unseen by this server)
        byte[] head = store.head(key, MediaMagic.HEAD).orElse(null);
        if (head == null || !MediaMagic.matches(key, head, head.length)) {
            throw failed();
        }
        int won = em.createNativeQuery("UPDATE hh_upload_sign SET used_at = ?2 WHERE sign = ?1 AND used_at IS NULL")
                .setParameter(1, sign).setParameter(2, Instant.now()).executeUpdate();
        if (won == 0) {
            throw failed();
        }
        return new Uploaded(module, key);
    }

    /** Whether the object's sign has been used: it is shown to others and may not change any more. */
    public boolean sealed(String key) {
        return !em.createNativeQuery("SELECT 1 FROM hh_upload_sign WHERE object_key = ?1 AND used_at IS NOT NULL")
                .setParameter(1, key).setMaxResults(1).getResultList().isEmpty();
    }

    static HeiheiFailure failed() {
        return new HeiheiFailure(102, "文件验证失败");
    }
}
