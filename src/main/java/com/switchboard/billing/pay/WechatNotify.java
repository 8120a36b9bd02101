package com.switchboard.billing.pay;

import com.switchboard.platform.secret.Hmac;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * WeChat Pay's payment result notification (VOIP-56), API v2 as WeChat documents it: an {@code <xml>} of fields;
 * {@code sign} = uppercase hex MD5 (or HMAC-SHA256 when {@code sign_type} says so) of the non-empty fields other than
 * {@code sign}, sorted by name, joined {@code k=v&...}, then {@code &key=<API key>}. Our {@code appid} and
 * {@code mch_id} must match.
 */
public final class WechatNotify {
    public static final String SUCCESS_REPLY =
            "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>";

    /** A verified notification; {@code paid} when both return_code and result_code are SUCCESS. */
    public record Verified(String outTradeNo, String transactionId, long totalFee, boolean paid) {
    }

    private WechatNotify() {
    }

    public static String failReply(String why) {
        return "<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[" + why.replace("]]>", "")
                + "]]></return_msg></xml>";
    }

    /** The fields of a notification body (no DTDs or entities: a notification has none). */
    public static Optional<Map<String, String>> parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            if (!"xml".equals(doc.getDocumentElement().getNodeName())) {
                return Optional.empty();
            }
            Map<String, String> out = new LinkedHashMap<>();
            NodeList children = doc.getDocumentElement().getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    out.put(n.getNodeName(), n.getTextContent());
                }
            }
            return Optional.of(out);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The signature WeChat computes over {@code fields} with the merchant's API key. */
    public static String sign(Map<String, String> fields, String apiKey) {
        String content = new TreeMap<>(fields).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign") && e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&")) + "&key=" + apiKey;
        try {
            byte[] digest;
            if ("HMAC-SHA256".equals(fields.get("sign_type"))) {
                digest = Hmac.sha256(apiKey.getBytes(StandardCharsets.UTF_8), content.getBytes(StandardCharsets.UTF_8));
            } else {
                digest = MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty when the key is missing, the signature or our ids do not match, or a required field is missing. */
    public static Optional<Verified> verify(Map<String, String> fields, String apiKey, String appId, String mchId) {
        if (apiKey == null || apiKey.isEmpty() || fields.get("sign") == null || !appId.equals(fields.get("appid"))
                || !mchId.equals(fields.get("mch_id"))) {
            return Optional.empty();
        }
        String expected = sign(fields, apiKey);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                fields.get("sign").toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Verified(fields.get("out_trade_no"), fields.get("transaction_id"),
                    Long.parseLong(fields.get("total_fee")), "SUCCESS".equals(fields.get("return_code"))
                    && "SUCCESS".equals(fields.get("result_code"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
