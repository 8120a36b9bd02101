package com.switchboard.account.qq;

import com.switchboard.platform.binding.JsonText;
import com.switchboard.platform.secret.Secret;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * QQ Connect's token check: {@code GET /oauth2.0/me?access_token=…&fmt=json} answers the {@code client_id} (our
 * app id) and the {@code openid} the token was issued for, either as JSON or, from older servers, wrapped as
 * {@code callback( {...} );}; a bad token answers {@code {"error":100016,…}}. The account must be that openid's.
 */
public final class QqConnectClient implements QqIdentity {
    private static final Logger LOG = Logger.getLogger(QqConnectClient.class.getName());
    private final URI base;
    private final String appId;
    private final HttpClient http;

    public QqConnectClient(URI base, String appId) {
        this.base = base;
        this.appId = appId;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public boolean vouches(String acc, Secret pwd, Secret accessToken) {
        if (acc == null || !acc.startsWith(PREFIX) || accessToken == null || accessToken.isBlank()) {
            return false;
        }
        return openId(accessToken).filter(openid -> openid.equals(acc.substring(PREFIX.length()))).isPresent();
    }

    @Override
    public boolean vouchesNew(String acc, Secret accessToken) {
        return vouches(acc, null, accessToken);
    }

    @Override
    public boolean verifiesWithQq() {
        return true;
    }

    /** The openid QQ names for the token within our app; empty when QQ refuses it or cannot be asked. */
    Optional<String> openId(Secret accessToken) {
        URI uri = base.resolve("/oauth2.0/me?fmt=json&access_token="
                + URLEncoder.encode(accessToken.reveal(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || r.body() == null || r.body().length() > 4096) {
                LOG.warning(() -> "QQ Connect answered HTTP " + r.statusCode());
                return Optional.empty();
            }
            JsonObject me = JsonText.read(unwrapCallback(r.body())).asJsonObject();
            if (!(me.get("client_id") instanceof JsonString client) || !appId.equals(client.getString())
                    || !(me.get("openid") instanceof JsonString openid)) {
                return Optional.empty();
            }
            return Optional.of(openid.getString());
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warning(() -> "QQ Connect could not be asked: " + e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static String unwrapCallback(String body) {
        String b = body.trim();
        if (b.startsWith("callback(")) {
            int end = b.lastIndexOf(')');
            return end > 9 ? b.substring(9, end).trim() : "";
        }
        return b;
    }
}
