package com.switchboard.signaling;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;

/**
 * Issues and verifies SIG-01 tokens: HS256 JWTs with the seed's claims ({@code userName} = phone + device_id,
 * {@code ip}, {@code exp} in Unix seconds) plus {@code phone}, {@code device_id} and {@code reg}, the registration
 * the token was issued for, so that removing a device ends its tokens even if it is registered again.
 */
public final class TokenCodec {
    private final byte[] key;
    private final Duration ttl;
    private final Clock clock;

    /** A secret shorter than HS256's 256 bits is stretched with SHA-256 (a library refuses short HMAC keys). */
    public TokenCodec(String secret, Duration ttl, Clock clock) {
        byte[] raw = secret.getBytes(StandardCharsets.UTF_8);
        this.key = raw.length >= 32 ? raw : sha256(raw);
        this.ttl = ttl;
        this.clock = clock;
    }

    public record Claims(Device device, long registration) {
    }

    public String issue(Device device, long registration, String ip) {
        long now = clock.millis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("userName", device.phone() + device.deviceId())
                .claim("ip", ip == null ? "" : ip)
                .expirationTime(new Date((now + ttl.toMillis()) / 1000 * 1000))
                .issueTime(new Date(now / 1000 * 1000))
                .claim("phone", device.phone())
                .claim("device_id", device.deviceId())
                .claim("reg", registration)
                .build();
        // The seed's sample header: {"alg":"HS256","typ":"JWT"}.
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** The token's claims if it is an HS256 JWT signed with our key, unexpired and complete; empty otherwise. */
    public Optional<Claims> verify(String token) {
        if (token == null || token.isBlank() || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date exp = claims.getExpirationTime();
            String phone = claims.getStringClaim("phone");
            String deviceId = claims.getStringClaim("device_id");
            Long reg = claims.getLongClaim("reg");
            if (exp == null || exp.getTime() <= clock.millis() || phone == null || deviceId == null || reg == null) {
                return Optional.empty();
            }
            return Optional.of(new Claims(new Device(phone, deviceId), reg));
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] raw) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
