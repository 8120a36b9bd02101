package com.switchboard.platform.pay;

class ApiKeyWechatVerifierTest extends WechatVerifierContract {
    @Override
    protected WechatVerifier verifier(String apiKey, String appId, String mchId) {
        return WechatVerifier.apiKey(apiKey, appId, mchId);
    }

    @Override
    protected boolean holdsTheKey() {
        return true;
    }
}
