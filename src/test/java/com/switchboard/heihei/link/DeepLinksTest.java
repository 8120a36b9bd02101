package com.switchboard.heihei.link;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeepLinksTest {
    private final DeepLinks links = new DeepLinks("wmlivesheihei://");

    @Test
    void linksAreTheDocumentedPathsUnderTheScheme() {
        assertEquals("wmlivesheihei://live?id=12", links.live(12, null));
        assertEquals("wmlivesheihei://live?id=12&liveKey=k%2B1", links.live(12, "k+1"));
        assertEquals("wmlivesheihei://message", links.message());
        assertEquals("wmlivesheihei://homepage", links.homepage());
        assertEquals("wmlivesheihei://webview?url=https%3A%2F%2Fa.example%2Fx%3Fy%3D1&type=1",
                links.webview("https://a.example/x?y=1", true));
        assertEquals("wmlivesheihei://user?id=7", links.user(7));
        assertEquals("wmlivesheihei://replay?id=9", links.replay(9));
        assertEquals("wmlivesheihei://acceptchat?chatId=3&type=0&userId=5&fromUserName=%E9%98%BF%E9%BB%91&gender=Male",
                links.acceptChat(3, 0, 5, "阿黑", "Male"));
        assertEquals("wmlivesheihei://duechat?uid=5", links.dueChat(5));
        assertEquals("wmlivesheihei://topic/1111", links.topic(1111));
    }

    @Test
    void theSchemeIsConfiguration() {
        assertEquals("wmlives_heihei://user?id=1", new DeepLinks("wmlives_heihei://").user(1));
    }
}
