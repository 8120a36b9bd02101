package com.switchboard.heihei.channel;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.Map;

/**
 * The client messages of heihei.md §13 that features send through {@link HeiheiPush}: HH-RT-01 IM messages (§13.4,
 * in the examples' shape) and HH-RT-08 action messages (§13.5); every one with a fresh integer {@code msgId}.
 */
public final class ClientMessages {
    /** §13.4 {@code tips}: what a client that does not know the IM sub-type shows instead. */
    static final Map<String, String> TIPS = Map.of(
            "text", "【文本消息】不支持的消息类型，请升级最新客户端。",
            "audio", "【语音消息】不支持的消息类型，请升级最新客户端。",
            "gift", "【礼物消息】不支持的消息类型，请升级最新客户端。",
            "systopic", "【系统消息】不支持的消息类型，请升级最新客户端。",
            "dueChat", "【约聊消息】不支持的消息类型，请升级最新客户端。",
            "sysnotify", "【通知消息】不支持的消息类型，请升级最新客户端。",
            "image", "【图片消息】不支持的消息类型，请升级最新客户端。",
            "video", "【视频消息】不支持的消息类型，请升级最新客户端。");

    private ClientMessages() {
    }

    /**
     * HH-RT-08: {@code {"msgType":"action","action":…,"comment":…,"msgId":…, …fields}}.
     *
     * @param fields the action's own fields (§13.5), e.g. {@code roomId}, {@code getuiAction}
     */
    public static JsonObject action(String action, String comment, JsonObject fields) {
        return Jsons.createObjectBuilder(fields).add("msgType", "action").add("action", action)
                .add("comment", comment).add("msgId", MsgIds.next()).build();
    }

    /**
     * HH-RT-01: {@code {"msgType":"IM","msg":{toUserId, fromUserId, msgType, content, jump?, msgId, createTime,
     * tips},"users":{"<id>": UserSummary}}} ({@code createTime} in Unix seconds).
     *
     * @param imType HH-IM-01..08 ({@code text}, {@code audio}, {@code gift}, {@code systopic}, {@code dueChat},
     *               {@code sysnotify}, {@code image}, {@code video})
     * @param jump   {@code {"text","link"}} for {@code sysnotify}; null otherwise
     * @param users  the summaries of the users named, at least the sender's
     */
    public static JsonObject im(long toUserId, long fromUserId, String imType, JsonObject content, JsonObject jump,
                                JsonObject users, Instant at) {
        String tips = TIPS.get(imType);
        if (tips == null) {
            throw new IllegalArgumentException("unknown IM type " + imType);
        }
        JsonObjectBuilder msg = Jsons.createObjectBuilder().add("toUserId", toUserId).add("fromUserId", fromUserId)
                .add("msgType", imType).add("content", content);
        if (jump != null) {
            msg.add("jump", jump);
        }
        msg.add("msgId", MsgIds.next()).add("createTime", at.getEpochSecond()).add("tips", tips);
        return Jsons.createObjectBuilder().add("msgType", "IM").add("msg", msg).add("users", users).build();
    }
}
