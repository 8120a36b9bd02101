package com.switchboard.account.qq;

import com.switchboard.platform.secret.Secret;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedRuleQqIdentityTest extends QqIdentityContract {
    @Override
    QqIdentity identity() {
        return QqIdentity.seedRule();
    }

    @Override
    Secret[] genuineCredentials(String openid) {
        return new Secret[]{Secret.of(openid), null};
    }

    @Test
    void theSeedRuleCannotTellWhoRegisters() {
        assertTrue(identity().vouchesNew("qq_ANYONE", null));
        assertFalse(identity().verifiesWithQq());
    }
}
