package com.switchboard.platform.pay;

/** The offline default passes the same contract: its prepay ids have WeChat's shape and its PayReq is signed. */
class OfflineWechatUnifiedOrderTest extends WechatUnifiedOrderContract {
    @Override
    protected WechatUnifiedOrder unifiedOrder() {
        return new OfflineWechatUnifiedOrder();
    }
}
