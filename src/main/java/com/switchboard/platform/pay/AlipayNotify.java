package com.switchboard.platform.pay;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alipay's asynchronous payment notification (VOIP-55), checked the way Alipay documents it: every parameter except
 * {@code sign} and {@code sign_type}, empty ones left out, sorted by name, joined as {@code k=v&k=v}, verified with
 * SHA256withRSA ({@code sign_type=RSA2}) against Alipay's public key; the notification must name our {@code app_id}.
 */
public final class AlipayNotify {
    /** A verified notification: our order number, Alipay's trade number, the amount, and whether it is paid. */
    public record Verified(String outTradeNo, String tradeNo, BigDecimal totalAmount, boolean paid) {
    }

    private AlipayNotify() {
    }

    /** The exact text Alipay signs. */
    public static String signedContent(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign") && !e.getKey().equals("sign_type"))
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /** Empty when the signature, the algorithm, the app or a required field is wrong. */
    public static Optional<Verified> verify(Map<String, String> params, PublicKey alipayKey, String appId) {
        if (alipayKey == null || !"RSA2".equals(params.get("sign_type")) || params.get("sign") == null
                || !appId.equals(params.get("app_id"))) {
            return Optional.empty();
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(alipayKey);
            rsa.update(signedContent(params).getBytes(StandardCharsets.UTF_8));
            if (!rsa.verify(Base64.getDecoder().decode(params.get("sign")))) {
                return Optional.empty();
            }
            String status = params.getOrDefault("trade_status", "");
            return Optional.of(new Verified(params.get("out_trade_no"), params.get("trade_no"),
                    new BigDecimal(params.get("total_amount")),
                    status.equals("TRADE_SUCCESS") || status.equals("TRADE_FINISHED")));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A public key as Alipay's console gives it: Base64 of the X.509 DER, PEM armour and line breaks allowed. */
    public static PublicKey publicKey(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Configuration switchboard.pay.alipay.public-key: not an RSA public key");
        }
    }
}
