package com.switchboard.heihei.upload;

/**
 * Whether a body starts as its object key's type says (png, jpeg/jpg, mp3): an upload is the media it claims, never
 * an HTML page or a script served back from the app's own origin.
 */
final class MediaMagic {
    /** Bytes enough to tell. */
    static final int HEAD = 8;
    /** The signature's first half: what tells a PNG from anything else. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private MediaMagic() {
    }

    static boolean matches(String key, byte[] head, int n) {
        String ext = key.substring(key.lastIndexOf('.') + 1);
        return switch (ext) {
            case "png" -> n >= PNG.length && java.util.Arrays.equals(head, 0, PNG.length, PNG, 0, PNG.length);
            case "jpeg", "jpg" -> n >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8
                    && (head[2] & 0xff) == 0xff;
            // an ID3v2 tag, or an MPEG audio frame sync (11 set bits)
            case "mp3" -> n >= 3 && (head[0] == 'I' && head[1] == 'D' && head[2] == '3'
                    || (head[0] & 0xff) == 0xff && (head[1] & 0xe0) == 0xe0);
            default -> false;
        };
    }
}
