package com.switchboard.heihei.live;

import com.switchboard.heihei.HeiheiTimes;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;

/** The live shapes of heihei.md §1: OBJ-LIVE, OBJ-SHARE, OBJ-LIVEOPTIONS, OBJ-VIEWER. */
public final class LiveJson {

    private LiveJson() {
    }

    /** What a live's JSON says besides the row: addresses and, in lists, the anchor. */
    public record View(Live live, StreamAddresses addresses, String pushAddr, HeiheiUser anchor, boolean isFollowed,
                       long totalTickets) {
    }

    /** OBJ-LIVE; {@code pushAddr} only when the view carries one (the anchor's replies). */
    public static JsonObjectBuilder live(View v) {
        Live l = v.live();
        StreamAddresses a = v.addresses();
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("liveId", l.id()).add("roomId", l.roomId())
                .add("userId", l.userId()).add("title", l.title()).add("status", l.status())
                .add("visible", l.visible());
        if (v.pushAddr() != null) {
            b.add("pushAddr", v.pushAddr());
        }
        b.add("streamAddr", a.stream(l)).add("hlsAddr", a.hls(l)).add("shareAddr", a.share(l))
                .add("lookbackAddr", a.lookback(l)).add("messageAddr", "").add("slot", StreamAddresses.stream(l.id()))
                .add("address", l.address());
        if (l.deviceType() == null) {
            b.addNull("deviceType");
        } else {
            b.add("deviceType", l.deviceType());
        }
        b.add("createTime", time(l.createdAt()));
        addTime(b, "startTime", l.startedAt());
        addTime(b, "endTime", l.endedAt());
        if (l.startedAt() != null && l.endedAt() != null) {
            b.add("length", Math.max(0, l.endedAt().getEpochSecond() - l.startedAt().getEpochSecond()));
        } else {
            b.addNull("length");
        }
        b.add("totalUsers", l.totalUsers()).add("onlineUsers", l.onlineUsers())
                .add("totalTickets", v.totalTickets()).add("liveTotalTicket", l.liveTotalTicket())
                .add("roomUserCount", l.seatLimit()).add("roomNowUserCount", l.onlineUsers());
        HeiheiUser u = v.anchor();
        if (u != null) {
            b.add("userName", u.displayName()).add("coverUrl", u.coverUrl()).add("gender", u.gender())
                    .add("birthDay", UserJson.birthDay(u))
                    .add("honours", Jsons.createArrayBuilder()).add("isFollowed", v.isFollowed());
        }
        return b;
    }

    /** OBJ-SHARE: the same link for each place it can be shared to. */
    public static JsonObject share(Live live, StreamAddresses addresses, HeiheiUser anchor) {
        String name = anchor == null ? "" : anchor.displayName();
        return com.switchboard.heihei.link.Shares.of(addresses.share(live), live.title(),
                name + "正在嘿嘿直播：" + live.title(), anchor == null ? "" : anchor.coverUrl());
    }

    /** OBJ-LIVEOPTIONS. */
    public static JsonObject options(LiveSettings settings) {
        return Jsons.createObjectBuilder().add("inefficientTime", settings.inefficientSeconds())
                .add("countDownTime", settings.countDownSeconds()).add("alertTitle", "队长，你在吗？")
                .add("alertContent", "60秒内不点击'在的'按钮将结束此次组队")
                .add("helpLink", settings.helpLink()).build();
    }

    /** OBJ-VIEWER. */
    public static JsonObjectBuilder viewer(HeiheiUser u, boolean isFollowed, long joinTime) {
        return Jsons.createObjectBuilder().add("id", u.id()).add("name", u.displayName()).add("isFollowed", isFollowed)
                .add("coverUrl", u.coverUrl()).add("gender", u.gender())
                .add("birthDay", UserJson.birthDay(u)).add("joinTime", joinTime);
    }

    static String time(Instant at) {
        return HeiheiTimes.dateTime(at);
    }

    private static void addTime(JsonObjectBuilder b, String name, Instant at) {
        if (at == null) {
            b.addNull(name);
        } else {
            b.add(name, time(at));
        }
    }
}
