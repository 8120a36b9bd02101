package com.switchboard.heihei.identity;

import com.switchboard.platform.secret.Secret;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What every {@link ThirdPartyIdentity} must do for one provider, whichever way it asks. */
abstract class ThirdPartyIdentityContract {
    abstract ThirdPartyIdentity identity();

    /** {@link ThirdPartyIdentity#WEIBO} or {@link ThirdPartyIdentity#WECHAT}. */
    abstract String source();

    /** A token the provider would vouch for as {@code uid}'s; empty where the implementation can prove none. */
    abstract Optional<Secret> genuineToken(String uid);

    @Test
    void aGenuineTokenNamesItsUser() {
        Optional<Secret> token = genuineToken("1234567");
        assumeTrue(token.isPresent(), "this implementation proves no token");
        assertEquals(Optional.of("1234567"), identity().verify(source(), token.get(), "1234567"));
    }

    @Test
    void madeUpBlankOrMissingTokensAreRefused() {
        assertTrue(identity().verify(source(), Secret.of("made-up"), "1234567").isEmpty());
        assertTrue(identity().verify(source(), Secret.of(""), "1234567").isEmpty());
        assertTrue(identity().verify(source(), null, "1234567").isEmpty());
    }

    @Test
    void aTokenForTheOtherProviderIsRefused() {
        genuineToken("7654321").ifPresent(token -> {
            String other = ThirdPartyIdentity.WEIBO.equals(source()) ? ThirdPartyIdentity.WECHAT
                    : ThirdPartyIdentity.WEIBO;
            assertTrue(identity().verify(other, token, "7654321").isEmpty());
        });
    }
}
