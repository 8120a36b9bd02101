package com.switchboard.push.provider;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local APNs: HTTP/2 over TLS only (ALPN h2, no HTTP/1.1), {@code POST /3/device/<token>}, provider tokens
 * checked as APNs does (ES256 signature with the team's public key, kid, iss), answers chosen per device token by
 * the test, {@code apns-id} on success and {@code {"reason":…}} on failure.
 */
final class FakeApns implements AutoCloseable {
    /** What APNs received. */
    record Received(String protocol, String path, Map<String, String> headers, String body) {
    }

    /** The answer for a token: status and reason (reason ignored for 200). */
    record Answer(int status, String reason) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Server server = new Server();
    private final ECPublicKey teamKey;
    private final String keyId;
    private final String teamId;
    private volatile Function<String, Answer> answers = token -> new Answer(200, null);

    FakeApns(Path keyStore, String password, ECPublicKey teamKey, String keyId, String teamId) throws Exception {
        this.teamKey = teamKey;
        this.keyId = keyId;
        this.teamId = teamId;
        HttpConfiguration config = new HttpConfiguration();
        config.addCustomizer(new SecureRequestCustomizer());
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(config);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2");
        alpn.setDefaultProtocol("h2");
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(keyStore.toString());
        tls.setKeyStorePassword(password);
        tls.setKeyStoreType("PKCS12");
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()),
                alpn, h2);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String body = Content.Source.asString(request, StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.TreeMap<>();
                request.getHeaders().forEach(f -> headers.put(f.getLowerCaseName(), f.getValue()));
                String path = request.getHttpURI().getPath();
                received.add(new Received(request.getConnectionMetaData().getHttpVersion().asString(), path,
                        headers, body));
                Answer answer = answer(request.getMethod(), path, headers);
                response.setStatus(answer.status());
                if (answer.status() == 200) {
                    response.getHeaders().put("apns-id", java.util.UUID.randomUUID().toString());
                    callback.succeeded();
                } else {
                    response.getHeaders().put("content-type", "application/json");
                    response.write(true, java.nio.ByteBuffer.wrap(("{\"reason\":\"" + answer.reason() + "\"}")
                            .getBytes(StandardCharsets.UTF_8)), callback);
                }
                return true;
            }
        });
        server.start();
    }

    private Answer answer(String method, String path, Map<String, String> headers) {
        if (!"POST".equals(method) || !path.startsWith("/3/device/")) {
            return new Answer(405, "MethodNotAllowed");
        }
        String auth = headers.getOrDefault("authorization", "");
        if (!auth.startsWith("bearer ")) {
            return new Answer(403, "MissingProviderToken");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(auth.substring("bearer ".length()));
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !keyId.equals(jwt.getHeader().getKeyID())
                    || !teamId.equals(jwt.getJWTClaimsSet().getIssuer()) || jwt.getJWTClaimsSet().getIssueTime() == null
                    || !jwt.verify(new ECDSAVerifier(teamKey))) {
                return new Answer(403, "InvalidProviderToken");
            }
        } catch (Exception e) {
            return new Answer(403, "InvalidProviderToken");
        }
        if (!headers.containsKey("apns-topic")) {
            return new Answer(400, "MissingTopic");
        }
        return answers.apply(path.substring("/3/device/".length()));
    }

    void answering(Function<String, Answer> answers) {
        this.answers = answers;
    }

    URI endpoint() {
        return URI.create("https://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** A PKCS12 key store with a self-signed certificate for localhost, made by the JDK's keytool. */
    static Path selfSignedKeyStore(Path dir, String password) throws Exception {
        Path store = dir.resolve("apns-fake.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "apns", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
        return store;
    }

    /** A trust store holding only that certificate. */
    static KeyStore trustOnly(Path keyStore, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(keyStore)) {
            ks.load(in, password.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("apns", ks.getCertificate("apns"));
        return trust;
    }
}
