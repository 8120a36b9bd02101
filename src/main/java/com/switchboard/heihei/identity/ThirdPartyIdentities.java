package com.switchboard.heihei.identity;

import com.switchboard.platform.config.Settings;
import com.switchboard.platform.secret.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Weibo's client when {@code SWITCHBOARD_HEIHEI_WEIBO_APP_KEY} is set, WeChat's when
 * {@code SWITCHBOARD_HEIHEI_WECHAT_APP_ID} is; each provider left unset refuses every token.
 */
@ApplicationScoped
public class ThirdPartyIdentities {
    @Inject
    @ConfigProperty(name = "switchboard.heihei.weibo.app-key")
    Optional<String> weiboAppKey;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.weibo.base-url", defaultValue = "https://api.weibo.com")
    String weiboBaseUrl;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.wechat.app-id")
    Optional<String> wechatAppId;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.wechat.base-url", defaultValue = "https://api.weixin.qq.com")
    String wechatBaseUrl;

    @Produces
    @Singleton
    ThirdPartyIdentity identity() {
        ThirdPartyIdentity offline = new OfflineThirdPartyIdentity();
        ThirdPartyIdentity weibo = Settings.value(weiboAppKey)
                .<ThirdPartyIdentity>map(key -> new WeiboTokenInfoClient(URI.create(weiboBaseUrl), key)).orElse(offline);
        ThirdPartyIdentity wechat = Settings.set(wechatAppId)
                ? new WechatSnsAuthClient(URI.create(wechatBaseUrl)) : offline;
        return (String source, Secret token, String openId) -> ThirdPartyIdentity.WEIBO.equals(source)
                ? weibo.verify(source, token, openId) : wechat.verify(source, token, openId);
    }
}
