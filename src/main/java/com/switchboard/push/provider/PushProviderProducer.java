package com.switchboard.push.provider;

import com.switchboard.platform.config.Settings;
import com.switchboard.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Chooses the provider for each push service: the real client when its credentials are configured, otherwise the
 * offline default that records into the ops outbox.
 */
@ApplicationScoped
public class PushProviderProducer {
    private static final Logger LOG = Logger.getLogger(PushProviderProducer.class.getName());

    @Inject
    PushProviderSettings settings;
    @Inject
    Outbox outbox;

    @Produces
    @Singleton
    PushProviders providers() {
        OutboxPushProvider.Recorder recorder = (channel, to, payload) -> outbox.record(channel, to, payload);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        PushProvider apns = Settings.allSet(settings.apnsKeyFile, settings.apnsTeamId, settings.apnsKeyId,
                settings.apnsTopic)
                ? new ApnsProvider(new ApnsProvider.Config(URI.create(settings.apnsEndpoint), settings.apnsTeamId.get(),
                settings.apnsKeyId.get(), readP8(Path.of(settings.apnsKeyFile.get())), settings.apnsTopic.get()),
                ApnsProvider.clientBuilder().build(), Clock.systemUTC())
                : new OutboxPushProvider("apns", recorder);
        PushProvider baidu = Settings.allSet(settings.baiduApiKey, settings.baiduSecretKey)
                ? new BaiduPushProvider(new BaiduPushProvider.Config(URI.create(settings.baiduEndpoint),
                        settings.baiduApiKey.get(),
                settings.baiduSecretKey.get()), http, Clock.systemUTC())
                : new OutboxPushProvider("baidu", recorder);
        PushProvider getui = Settings.allSet(settings.getuiAppId, settings.getuiAppKey, settings.getuiMasterSecret)
                ? new GetuiPushProvider(new GetuiPushProvider.Config(URI.create(settings.getuiEndpoint),
                        settings.getuiAppId.get(),
                settings.getuiAppKey.get(), settings.getuiMasterSecret.get()), http, Clock.systemUTC())
                : new OutboxPushProvider("getui", recorder);
        Map<String, PushProvider> providers = Map.of("apns", apns, "baidu", baidu, "getui", getui);
        providers.forEach((name, p) -> LOG.info("Device push " + name + ": " + p.getClass().getSimpleName()));
        return new PushProviders(providers);
    }

    /** An APNs auth key as Apple hands it out: a PKCS#8 PEM file ({@code AuthKey_<keyid>.p8}). */
    static ECPrivateKey readP8(Path file) {
        try {
            String pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the APNs key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("not an EC PKCS#8 key: " + file, e);
        }
    }
}
