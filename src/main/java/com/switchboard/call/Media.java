package com.switchboard.call;

import jakarta.json.JsonObjectBuilder;

/**
 * The server's media endpoint of one session as the start and answer replies give it: {@code ip/port/codec_name/
 * payload_mode/rssrc} for Android, an SDP answer for iOS and the web (AMR over RTP, voip.md VOIP-13/18).
 */
public record Media(String ip, int port, String payloadMode, long rssrc, String sessionId) {
    public JsonObjectBuilder addTo(JsonObjectBuilder reply, Client client) {
        if (client == Client.ANDROID) {
            return reply.add("ip", ip).add("port", port).add("codec_name", "AMR").add("payload_mode", payloadMode)
                    .add("rssrc", rssrc);
        }
        return reply.add("sdp", sdpAnswer());
    }

    /** A plain-RTP AMR answer (browser media termination is outside this API, voip.md VOIP-21). */
    public String sdpAnswer() {
        String octetAlign = payloadMode.startsWith("octet") ? "1" : "0";
        long version = Math.abs((long) sessionId.hashCode());
        return "v=0\r\n"
                + "o=switchboard " + version + " 1 IN IP4 " + ip + "\r\n"
                + "s=switchboard\r\n"
                + "c=IN IP4 " + ip + "\r\n"
                + "t=0 0\r\n"
                + "m=audio " + port + " RTP/AVP 96\r\n"
                + "a=rtpmap:96 AMR/8000\r\n"
                + "a=fmtp:96 octet-align=" + octetAlign + "\r\n"
                + "a=ssrc:" + rssrc + "\r\n"
                + "a=sendrecv\r\n";
    }
}
