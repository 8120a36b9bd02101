package com.switchboard.heihei.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The deep links of heihei.md §14 (HH-LINK-01..09) under the configured scheme (default {@code wmlivesheihei://}),
 * paths and parameters as documented; parameter values are URL-encoded.
 */
public final class DeepLinks {
    private final String scheme;

    public DeepLinks(String scheme) {
        this.scheme = scheme;
    }

    /** HH-LINK-01 a live room, with the invitation's {@code liveKey} when there is one. */
    public String live(long liveId, String liveKey) {
        return scheme + "live?id=" + liveId + (liveKey == null ? "" : "&liveKey=" + enc(liveKey));
    }

    /** HH-LINK-02 the message tab. */
    public String message() {
        return scheme + "message";
    }

    /** HH-LINK-03 the home page. */
    public String homepage() {
        return scheme + "homepage";
    }

    /** HH-LINK-04 a web page: in the app's browser ({@code external} false, type 0) or the system's (type 1). */
    public String webview(String url, boolean external) {
        return scheme + "webview?url=" + enc(url) + "&type=" + (external ? 1 : 0);
    }

    /** HH-LINK-05 a user's profile. */
    public String user(long userId) {
        return scheme + "user?id=" + userId;
    }

    /** HH-LINK-06 a replay. */
    public String replay(long liveId) {
        return scheme + "replay?id=" + liveId;
    }

    /** HH-LINK-07 an incoming due-chat ({@code type} 0 first call, 1 call-back). */
    public String acceptChat(long chatId, int type, long callerId, String fromUserName, String gender) {
        return scheme + "acceptchat?chatId=" + chatId + "&type=" + type + "&userId=" + callerId + "&fromUserName="
                + enc(fromUserName) + "&gender=" + enc(gender);
    }

    /** HH-LINK-08 the conversation with a user (message list). */
    public String dueChat(long userId) {
        return scheme + "duechat?uid=" + userId;
    }

    /** HH-LINK-09 a topic (path style, as documented). */
    public String topic(long topicId) {
        return scheme + "topic/" + topicId;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
