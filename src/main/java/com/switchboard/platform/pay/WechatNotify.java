package com.switchboard.platform.pay;

import com.switchboard.platform.secret.Hmac;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
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

    /** A notification is {@code <xml><field>text</field>…</xml>}; anything nested deeper is not one. */
    static final int MAX_DEPTH = 3;

    /**
     * The fields of a notification body, read as a stream (no DTDs or entities: a notification has none), so a
     * hostile body nested thousands deep is refused at its fourth level instead of recursing through a tree.
     */
    public static Optional<Map<String, String>> parse(String xml) {
        XMLStreamReader r = null;
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            r = f.createXMLStreamReader(new StringReader(xml));
            Map<String, String> out = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth > MAX_DEPTH || (depth == 1 && !"xml".equals(r.getLocalName()))) {
                        return Optional.empty();
                    }
                    text.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (depth >= 2) {
                        text.append(r.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2) {
                        out.put(r.getLocalName(), text.toString());
                    }
                    depth--;
                } else if (event == XMLStreamConstants.DTD) {
                    return Optional.empty();
                }
            }
            return Optional.of(out);
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
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
