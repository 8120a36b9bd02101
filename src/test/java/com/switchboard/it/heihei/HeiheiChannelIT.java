package com.switchboard.it.heihei;

import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.Socket;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** HH-WS-01 and HH-MSG-05: the channel socket and the message server's tosingle. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiChannelIT {
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    static String toSingle(long userId, JsonObject msg) {
        return Json.createObjectBuilder().add("timeStamp", System.currentTimeMillis()).add("type", "tosingle")
                .add("targetUserId", userId).add("msg", msg).build().toString();
    }

    @Test
    void aHandshakeWithoutAValidTokenIsRefused() {
        CompletionException missing = assertThrows(CompletionException.class, () -> hh.channel(""));
        assertInstanceOf(WebSocketHandshakeException.class, missing.getCause());
        assertEquals(401, ((WebSocketHandshakeException) missing.getCause()).getResponse().statusCode());
        CompletionException forged = assertThrows(CompletionException.class, () -> hh.channel("forged-token"));
        assertEquals(401, ((WebSocketHandshakeException) forged.getCause()).getResponse().statusCode());
    }

    @Test
    void toSingleReachesEverySocketOfTheUserAndNobodyElse() throws Exception {
        User user = hh.signIn();
        User other = hh.signIn();
        Socket phone = hh.channel(user);
        Socket pad = hh.channel(user);
        Socket bystander = hh.channel(other);
        JsonObject msg = Json.createObjectBuilder().add("msgType", "toast").add("text", "你好")
                .add("expireTime", 3).add("msgId", 42).build();
        assertCode(0, hh.messageServer(toSingle(user.id(), msg)));
        assertEquals(msg, phone.next());
        assertEquals(msg, pad.next());
        assertNull(bystander.poll(500), "another user's socket got nothing");
        phone.close();
        pad.close();
        bystander.close();
    }

    @Test
    void theMessageServerRefusesForgedSignaturesAndBadEnvelopes() {
        User user = hh.signIn();
        String data = toSingle(user.id(), Json.createObjectBuilder().add("msgType", "system").add("text", "x")
                .add("msgId", 1).build());
        assertCode(701, hh.post("messageserver/api/msg/send-msg.action", fields().add("data", data)
                .add("signature", "forged").build()));
        assertCode(700, hh.post("messageserver/api/msg/send-msg.action", fields().add("data", data).build()));
        assertCode(700, hh.messageServer("{\"type\":\"tosingle\"}"));
        assertCode(700, hh.messageServer("{\"type\":\"broadcast\",\"msg\":{}}"));
        assertCode(700, hh.messageServer("not json"));
    }
}
