package com.switchboard.heihei.pay;

/** The offline default checks the form only. */
class OfflineAlipayAccountVerifierTest extends AlipayAccountVerifierContract {
    @Override
    protected AlipayAccountVerifier verifier() {
        return new OfflineAlipayAccountVerifier();
    }
}
