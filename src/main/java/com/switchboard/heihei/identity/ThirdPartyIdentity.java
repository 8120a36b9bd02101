package com.switchboard.heihei.identity;

import com.switchboard.platform.secret.Secret;

import java.util.Optional;

/**
 * HH-USER-02: who a Weibo access token or a WeChat (access token, openid) pair belongs to, asked of the provider.
 * The offline default can reach neither provider and refuses every token.
 */
public interface ThirdPartyIdentity {
    String WEIBO = "Weibo";
    String WECHAT = "Wechat";

    /**
     * @param source {@link #WEIBO} or {@link #WECHAT}
     * @param openId the WeChat openid the client claims (unused for Weibo)
     * @return the provider's user id (Weibo uid, WeChat openid) when the provider vouches for the token
     */
    Optional<String> verify(String source, Secret accountToken, String openId);
}
