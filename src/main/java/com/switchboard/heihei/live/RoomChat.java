package com.switchboard.heihei.live;

import com.switchboard.heihei.channel.MsgIds;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.wallet.HeiheiWalletService;
import com.switchboard.heihei.wallet.Wallet;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/** What viewers say in a room (HH-LIVE-28..30, HH-MSG-01): likes, shares, paid barrages and texts. */
@Stateless
public class RoomChat {
    @Inject
    Lives lives;
    @Inject
    Viewers viewers;
    @Inject
    LiveSettings settings;
    @Inject
    HeiheiUsers users;
    @Inject
    HeiheiWalletService wallets;
    @Inject
    RoomFrames frames;
    @Inject
    RoomGuests guests;

    /** HH-LIVE-28: the room gets {@code like} with the caller's {@code type} (1..3); under the room's ceiling. */
    public void like(long caller, long liveId, int type) {
        if (type < 1 || type > 3) {
            throw HeiheiFailure.badParam("type must be 1, 2 or 3");
        }
        Live live = inRoom(caller, liveId);
        HeiheiUser from = users.get(caller);
        frames.like(live.id(), fromUser("like", from, live).add("text", from.displayName() + "点亮了")
                .add("birthDay", UserJson.birthDay(from)).add("type", type).build());
    }

    /** HH-LIVE-29. */
    public Live share(long liveId) {
        return lives.shown(liveId);
    }

    /** HH-LIVE-30: the price from the wallet (740 when short: nothing sent); @return diamonds left */
    public long barrage(long caller, long liveId, String message) {
        Live live = inRoom(caller, liveId);
        HeiheiUser from = users.get(caller);
        Wallet left = wallets.spendGold(caller, settings.barragePrice(), "barrage", Long.toString(live.id()));
        frames.important(live.id(), fromUser("barrage", from, live).add("birthDay", UserJson.birthDay(from))
                .add("text", message).add("totalTicket", lives.earned(live.userId())).build());
        return left.gold();
    }

    /** HH-MSG-01: 733 for a room that is not this live's open room, 506 outside it, 722 when muted. */
    public void text(long caller, long roomId, long liveId, String text) {
        Live live = lives.find(liveId).filter(l -> l.roomId() == roomId && l.unclosed())
                .orElseThrow(() -> new HeiheiFailure(733, "房间无效"));
        if (!viewers.inRoom(live, caller)) {
            throw RoomService.notInRoom();
        }
        guests.requireUnmuted(live.id(), caller);
        frames.text(live.id(), fromUser("text", users.get(caller), live).add("text", text).build());
    }

    private Live inRoom(long caller, long liveId) {
        Live live = lives.open(liveId);
        if (!viewers.inRoom(live, caller)) {
            throw RoomService.notInRoom();
        }
        return live;
    }

    /** OBJ-FROMUSER with the room's id and a fresh {@code msgId}. */
    private static JsonObjectBuilder fromUser(String msgType, HeiheiUser from, Live live) {
        return Jsons.createObjectBuilder().add("msgType", msgType).add("fromUserId", from.id())
                .add("fromUserName", from.displayName()).add("gender", from.gender())
                .add("coverUrl", from.coverUrl()).add("msgId", MsgIds.next()).add("roomId", live.roomId());
    }

    private static String birthDay(HeiheiUser u) {
        return UserJson.birthDay(u);
    }
}
