package com.switchboard.account.qq;

import com.switchboard.platform.secret.Secret;
import com.switchboard.testing.FakeQqConnect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real client against a local server speaking QQ Connect's {@code /oauth2.0/me}. */
class QqConnectClientTest extends QqIdentityContract {
    private static FakeQqConnect qq;
    private static FakeQqConnect otherApp;

    @BeforeAll
    static void start() throws IOException {
        qq = new FakeQqConnect(0, "app-1");
        otherApp = new FakeQqConnect(0, "someone-elses-app");
    }

    @AfterAll
    static void stop() {
        qq.close();
        otherApp.close();
    }

    @Override
    QqIdentity identity() {
        return new QqConnectClient(URI.create("http://127.0.0.1:" + qq.port()), "app-1");
    }

    @Override
    Secret[] genuineCredentials(String openid) {
        return new Secret[]{Secret.of("anything"), Secret.of(qq.tokenFor(openid))};
    }

    @Test
    void theOpenidKnowledgeOfTheSeedRuleIsNotEnough() {
        assertFalse(identity().vouches("qq_OPENID1", Secret.of("OPENID1"), null));
        assertFalse(identity().vouches("qq_OPENID1", Secret.of("OPENID1"), Secret.of("made-up-token")));
        assertTrue(identity().verifiesWithQq());
    }

    @Test
    void aTokenIssuedToAnotherAppIsRefused() {
        var client = new QqConnectClient(URI.create("http://127.0.0.1:" + otherApp.port()), "app-1");
        assertFalse(client.vouches("qq_X", null, Secret.of(otherApp.tokenFor("X"))));
    }

    @Test
    void bothOfQqsReplyFormsAreRead() {
        assertEquals("{\"a\":1}", QqConnectClient.unwrapCallback("callback( {\"a\":1} );\n"));
        assertEquals("{\"a\":1}", QqConnectClient.unwrapCallback("{\"a\":1}"));
    }

    @Test
    void anUnreachableQqRefuses() {
        var client = new QqConnectClient(URI.create("http://127.0.0.1:1"), "app-1");
        assertFalse(client.vouches("qq_X", null, Secret.of("t")));
    }
}
