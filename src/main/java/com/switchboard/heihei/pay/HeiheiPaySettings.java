package com.switchboard.heihei.pay;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code switchboard.heihei.pay.*}; the providers' merchant keys are the platform's {@code switchboard.pay.*}. */
@Dependent
public class HeiheiPaySettings {
    /** The heihei app's bundle id that its IAP receipts must name. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.pay.apple-bundle-id", defaultValue = "com.wmlives.heihei")
    String appleBundleId;
    /** What the buyer sees on Alipay and WeChat Pay. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.pay.subject", defaultValue = "黑黑钻石")
    String subject;
    /** HH-PAY-09 {@code rule}. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.pay.cash-rule",
            defaultValue = "1黑票可提现0.05元；提现申请经人工审核后3个工作日内打款到绑定的支付宝账户。")
    String cashRule;

    public String appleBundleId() {
        return appleBundleId;
    }

    public String subject() {
        return subject;
    }

    public String cashRule() {
        return cashRule;
    }
}
