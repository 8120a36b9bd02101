package com.switchboard.account.qq;

import com.switchboard.platform.secret.Secret;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link QqIdentity} must do, whichever way it checks. */
abstract class QqIdentityContract {
    /** The implementation under test. */
    abstract QqIdentity identity();

    /** What a genuine client of {@code openid} sends as (pwd, access_token). */
    abstract Secret[] genuineCredentials(String openid);

    @Test
    void aGenuineQqUserLogsInAndRegisters() {
        Secret[] c = genuineCredentials("OPENID1");
        assertTrue(identity().vouches("qq_OPENID1", c[0], c[1]));
        assertTrue(identity().vouchesNew("qq_OPENID1", c[1]));
    }

    @Test
    void anotherUsersCredentialsOrAnAccountNotOfQqAreRefused() {
        Secret[] other = genuineCredentials("OPENID2");
        assertFalse(identity().vouches("qq_OPENID1", other[0], other[1]));
        assertFalse(identity().vouches("13800000000", other[0], other[1]));
        assertFalse(identity().vouchesNew("13800000000", other[1]));
        assertFalse(identity().vouches("qq_", Secret.of(""), other[1]));
        assertFalse(identity().vouches(null, null, null));
    }
}
