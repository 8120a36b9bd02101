package com.switchboard.platform.pay;

import java.security.KeyPair;

class Rsa2AlipayVerifierTest extends AlipayVerifierContract {
    @Override
    protected AlipayVerifier verifier(KeyPair alipay, String appId) {
        return AlipayVerifier.rsa2(alipay.getPublic(), appId);
    }

    @Override
    protected boolean holdsTheKey() {
        return true;
    }
}
