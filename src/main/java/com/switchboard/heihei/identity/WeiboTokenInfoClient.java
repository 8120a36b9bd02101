package com.switchboard.heihei.identity;

import com.switchboard.platform.secret.Secret;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Weibo's token check: {@code POST /oauth2/get_token_info} with form {@code access_token} answers
 * {@code {"uid":…,"appkey":"…","scope":…,"create_at":…,"expire_in":…}}; a bad or expired token answers
 * {@code {"error":"…","error_code":21327|21332,…}} (HTTP 400). The token must have been issued to our app key and
 * not have expired.
 */
public final class WeiboTokenInfoClient implements ThirdPartyIdentity {
    private final URI tokenInfo;
    private final String appKey;
    private final ProviderHttp http = new ProviderHttp("Weibo");

    public WeiboTokenInfoClient(URI base, String appKey) {
        this.tokenInfo = base.resolve("/oauth2/get_token_info");
        this.appKey = appKey;
    }

    @Override
    public Optional<String> verify(String source, Secret accountToken, String openId) {
        if (!WEIBO.equals(source) || accountToken == null || accountToken.isBlank()) {
            return Optional.empty();
        }
        String form = "access_token=" + URLEncoder.encode(accountToken.reveal(), StandardCharsets.UTF_8);
        return http.call(HttpRequest.newBuilder(tokenInfo).timeout(ProviderHttp.TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build())
                .filter(info -> !info.containsKey("error_code"))
                .filter(info -> info.get("appkey") instanceof JsonString key && appKey.equals(key.getString()))
                .filter(info -> !(info.get("expire_in") instanceof JsonNumber left) || left.longValue() > 0)
                .flatMap(WeiboTokenInfoClient::uid);
    }

    /** Weibo sends {@code uid} as a number, some gateways as a string. */
    private static Optional<String> uid(JsonObject info) {
        JsonValue uid = info.get("uid");
        if (uid instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return Optional.of(Long.toString(n.longValue()));
        }
        if (uid instanceof JsonString s && s.getString().matches("\\d{1,20}")) {
            return Optional.of(s.getString());
        }
        return Optional.empty();
    }
}
