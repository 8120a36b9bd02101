package com.switchboard.platform.pay;

import java.security.KeyPair;

class OfflineAlipayVerifierTest extends AlipayVerifierContract {
    @Override
    protected AlipayVerifier verifier(KeyPair alipay, String appId) {
        return AlipayVerifier.offline();
    }

    @Override
    protected boolean holdsTheKey() {
        return false;
    }
}
