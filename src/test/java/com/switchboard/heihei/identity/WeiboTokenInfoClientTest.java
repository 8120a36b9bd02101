package com.switchboard.heihei.identity;

import com.switchboard.platform.secret.Secret;
import com.switchboard.testing.FakeWeibo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Weibo client against a local server speaking {@code /oauth2/get_token_info}. */
class WeiboTokenInfoClientTest extends ThirdPartyIdentityContract {
    private static FakeWeibo weibo;

    @BeforeAll
    static void start() throws IOException {
        weibo = new FakeWeibo(0);
    }

    @AfterAll
    static void stop() {
        weibo.close();
    }

    @Override
    ThirdPartyIdentity identity() {
        return new WeiboTokenInfoClient(URI.create("http://127.0.0.1:" + weibo.port()), "app-key-1");
    }

    @Override
    String source() {
        return ThirdPartyIdentity.WEIBO;
    }

    @Override
    Optional<Secret> genuineToken(String uid) {
        return Optional.of(Secret.of(weibo.tokenFor(Long.parseLong(uid), "app-key-1", 3600)));
    }

    @Test
    void aTokenIssuedToAnotherAppOrExpiredIsRefused() {
        assertTrue(identity().verify(source(), Secret.of(weibo.tokenFor(5, "someone-else", 3600)), null).isEmpty());
        assertTrue(identity().verify(source(), Secret.of(weibo.tokenFor(5, "app-key-1", 0)), null).isEmpty());
    }

    @Test
    void anUnreachableWeiboRefuses() {
        var client = new WeiboTokenInfoClient(URI.create("http://127.0.0.1:1"), "app-key-1");
        assertTrue(client.verify(source(), Secret.of("t"), null).isEmpty());
    }
}
