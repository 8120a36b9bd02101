package com.switchboard.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The request check of VOIP-05/10/11: lowercase hex MD5 of {@code acc + device_id + group_id}. Not a secret. */
public final class Crc {
    private Crc() {
    }

    public static String of(String acc, String deviceId, String groupId) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((acc + deviceId + groupId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compared case-insensitively (voip.md VOIP-05, Proposed). */
    public static boolean valid(String crc, String acc, String deviceId, String groupId) {
        return crc != null && of(acc, deviceId, groupId).equalsIgnoreCase(crc.trim());
    }
}
