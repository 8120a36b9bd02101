package com.switchboard.heihei.identity;

import com.switchboard.platform.secret.Secret;
import jakarta.json.JsonNumber;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * WeChat's check of an OAuth access token: {@code GET /sns/auth?access_token=…&openid=…} answers
 * {@code {"errcode":0,"errmsg":"ok"}} when the token is valid for that openid, else a non-zero {@code errcode}
 * (40001 bad token, 40003 bad openid, 42001 expired). The openid is then the user's WeChat identity.
 */
public final class WechatSnsAuthClient implements ThirdPartyIdentity {
    private static final int MAX_OPENID = 64;
    private final URI base;
    private final ProviderHttp http = new ProviderHttp("WeChat");

    public WechatSnsAuthClient(URI base) {
        this.base = base;
    }

    @Override
    public Optional<String> verify(String source, Secret accountToken, String openId) {
        if (!WECHAT.equals(source) || accountToken == null || accountToken.isBlank() || openId == null
                || openId.isBlank() || openId.length() > MAX_OPENID) {
            return Optional.empty();
        }
        URI uri = base.resolve("/sns/auth?access_token="
                + URLEncoder.encode(accountToken.reveal(), StandardCharsets.UTF_8)
                + "&openid=" + URLEncoder.encode(openId, StandardCharsets.UTF_8));
        return http.call(HttpRequest.newBuilder(uri).timeout(ProviderHttp.TIMEOUT).GET().build())
                .filter(r -> r.get("errcode") instanceof JsonNumber code && code.intValue() == 0)
                .map(r -> openId);
    }
}
