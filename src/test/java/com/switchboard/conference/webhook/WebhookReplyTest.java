package com.switchboard.conference.webhook;

import org.junit.jupiter.api.Test;

import static com.switchboard.conference.webhook.WebhookReply.DELIVERED;
import static com.switchboard.conference.webhook.WebhookReply.REJECTED;
import static com.switchboard.conference.webhook.WebhookReply.RETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WebhookReplyTest {
    @Test
    void stateCallbackRepliesResultZeroOrIsRetried() {
        assertEquals(DELIVERED, WebhookReply.ofStatus(200, "{\"result\":\"0\",\"describe\":\"success\"}"));
        assertEquals(DELIVERED, WebhookReply.ofStatus(200, "{\"result\":\" 0 \"}"));
        assertEquals(RETRY, WebhookReply.ofStatus(200, "{\"result\":\"1\"}"));
        assertEquals(RETRY, WebhookReply.ofStatus(500, "{\"result\":\"0\"}"));
        assertEquals(RETRY, WebhookReply.ofStatus(200, "ok"));
        assertEquals(RETRY, WebhookReply.ofStatus(200, null));
    }

    @Test
    void recordCallbackCodesAsTheSpecSays() {
        assertEquals(DELIVERED, WebhookReply.ofRecord(200, "{\"code\":\" 0000\",\"desc\":\"success\"}"));
        assertEquals(DELIVERED, WebhookReply.ofRecord(200, "{\"code\":\"0002\"}"));
        for (String code : new String[]{"0001", "0003", "0004", "0005", "0010"}) {
            assertEquals(REJECTED, WebhookReply.ofRecord(200, "{\"code\":\"" + code + "\"}"), code);
        }
        assertEquals(RETRY, WebhookReply.ofRecord(200, "{\"code\":\"9999\"}"));
        assertEquals(RETRY, WebhookReply.ofRecord(503, "{\"code\":\"0000\"}"));
        assertEquals(RETRY, WebhookReply.ofRecord(200, "{\"result\":\"0\"}"));
        assertEquals(RETRY, WebhookReply.ofRecord(200, "<html>"));
    }
}
