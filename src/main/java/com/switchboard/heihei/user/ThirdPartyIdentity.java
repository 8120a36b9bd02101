package com.switchboard.heihei.user;

import java.util.Optional;

/**
 * HH-USER-02: who a Weibo access token or a WeChat (access token, openid) pair belongs to, asked of the provider.
 * The built-in default can reach neither provider and refuses every token.
 */
public interface ThirdPartyIdentity {
    String WEIBO = "Weibo";
    String WECHAT = "Wechat";

    /** @return the provider's user id (Weibo uid, WeChat openid) when the provider vouches for the token */
    Optional<String> verify(String source, String accountToken, String openId);
}
