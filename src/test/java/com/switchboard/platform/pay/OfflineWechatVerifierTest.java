package com.switchboard.platform.pay;

class OfflineWechatVerifierTest extends WechatVerifierContract {
    @Override
    protected WechatVerifier verifier(String apiKey, String appId, String mchId) {
        return WechatVerifier.offline();
    }

    @Override
    protected boolean holdsTheKey() {
        return false;
    }
}
