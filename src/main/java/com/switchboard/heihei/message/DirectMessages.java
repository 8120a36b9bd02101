package com.switchboard.heihei.message;

import com.switchboard.heihei.HeiheiLimits;
import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiPush;
import com.switchboard.heihei.link.DeepLinks;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.SocialService;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Direct messages between users (Proposed: our addition, {@code POST /api/msg/send-im}; the spec leaves user-to-user
 * IM open): an HH-IM-01/02/07/08 message (media as a URL or as an HH-UPLOAD-01 sign) stored, delivered
 * {@code tosingle} (pushed when the recipient has no socket), and counted in both conversation lists, unread on the
 * recipient's side only.
 */
@Stateless
public class DirectMessages {
    static final Set<String> TYPES = Set.of("text", "audio", "image", "video");
    static final int MAX_TEXT = 1000;
    static final int MAX_URL = 512;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> MEDIA = Map.of("audio", "audio", "image", "img", "video", "video");
    private static final Map<String, String> PREVIEW = Map.of("audio", "[语音]", "image", "[图片]", "video", "[视频]");

    @PersistenceContext
    EntityManager em;
    @Inject
    Inboxes inboxes;
    @Inject
    Conversations conversations;
    @Inject
    HeiheiUsers users;
    @Inject
    SocialService social;
    @Inject
    HeiheiPush push;
    @Inject
    HeiheiSettings heihei;
    @Inject
    HeiheiLimits limits;
    @Inject
    com.switchboard.heihei.upload.UploadSigns signs;
    @Inject
    com.switchboard.heihei.upload.MediaUrls media;

    /** @return the message's id; 700 malformed content, 710 unknown recipient, 736 blocked by the recipient */
    public long send(long from, long to, String type, JsonObject content) {
        if (from == to) {
            throw HeiheiFailure.badParam("toUserId is the sender");
        }
        JsonObject clean = validContent(type, uploaded(from, type, content));
        HeiheiUser recipient = users.find(to).orElseThrow(HeiheiFailure::noUser);
        limits.take(HeiheiLimits.Action.DIRECT_MESSAGE, from, to);
        if (social.blocks(to, from)) {
            throw new HeiheiFailure(736, "对方已将你拉黑");
        }
        inboxes.lock(from, to);
        Instant now = Instant.now();
        long id = RANDOM.nextLong(1, Long.MAX_VALUE);
        em.createNativeQuery("INSERT INTO hh_im (id, from_id, to_id, msg_type, content, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, id).setParameter(2, from)
                .setParameter(3, to).setParameter(4, type).setParameter(5, clean.toString()).setParameter(6, now)
                .executeUpdate();
        String preview = type.equals("text") ? clean.getString("text") : PREVIEW.get(type);
        String shortPreview = preview.length() > 100 ? preview.substring(0, 100) : preview;
        HeiheiUser sender = users.get(from);
        JsonObject im = ClientMessages.im(to, from, type, clean, null, Jsons.createObjectBuilder()
                .add(Long.toString(from), UserJson.summary(sender, false)).build(), now);
        // the push stand-in's fields beside the IM message: what a phone shows while the app is closed
        push.toUser(recipient.id(), Jsons.createObjectBuilder(im).add("getuiAction", "message")
                .add("text", sender.displayName() + ": " + shortPreview).add("fromUserId", from)
                .add("fromUserName", sender.displayName()).add("gender", sender.gender())
                .add("link", new DeepLinks(heihei.linkScheme()).message()).build());
        // after the IM: the recipient hears the message, then its conversation item and unread count
        conversations.recordLocked(to, from, "im", shortPreview, true, now);
        conversations.recordLocked(from, to, "im", shortPreview, false, now);
        return id;
    }

    /** Media given as an HH-UPLOAD-01 {@code sign} (module message): used once, its URL in the field for the type. */
    private JsonObject uploaded(long from, String type, JsonObject content) {
        String field = MEDIA.get(type);
        if (field == null || content == null || !(content.get("sign") instanceof JsonString sign)) {
            return content;
        }
        String url = media.url(signs.use(from, sign.getString(), "message").key());
        return Jsons.createObjectBuilder(content).remove("sign").add(field, url).build();
    }

    /** §13.4 content per type: text {text}, audio {audio, length}, image {img}, video {video}; URLs http(s). */
    static JsonObject validContent(String type, JsonObject content) {
        if (type == null || !TYPES.contains(type)) {
            throw HeiheiFailure.badParam("msgType must be text, audio, image or video");
        }
        if (content == null) {
            throw HeiheiFailure.badParam("content is required");
        }
        return switch (type) {
            case "text" -> {
                String text = string(content, "text", MAX_TEXT);
                if (text.isBlank()) {
                    throw HeiheiFailure.badParam("content.text is empty");
                }
                yield Jsons.createObjectBuilder().add("text", text).build();
            }
            case "audio" -> {
                if (!(content.get("length") instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1
                        || n.longValue() > 600) {
                    throw HeiheiFailure.badParam("content.length is 1..600 seconds");
                }
                yield Jsons.createObjectBuilder().add("audio", url(content, "audio")).add("length", n.intValue())
                        .build();
            }
            case "image" -> Jsons.createObjectBuilder().add("img", url(content, "img")).build();
            default -> Jsons.createObjectBuilder().add("video", url(content, "video")).build();
        };
    }

    private static String url(JsonObject content, String name) {
        String url = string(content, name, MAX_URL);
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw HeiheiFailure.badParam("content." + name + " must be an http(s) URL");
        }
        return url;
    }

    private static String string(JsonObject content, String name, int max) {
        JsonValue v = content.get(name);
        if (!(v instanceof JsonString s) || s.getString().length() > max) {
            throw HeiheiFailure.badParam("content." + name + " is a string of at most " + max + " characters");
        }
        return s.getString();
    }
}
