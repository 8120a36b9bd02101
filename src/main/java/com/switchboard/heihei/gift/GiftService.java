package com.switchboard.heihei.gift;

import com.switchboard.heihei.channel.MsgIds;
import com.switchboard.heihei.live.RoomAccess;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.wallet.WalletTransfers;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/**
 * HH-GIFT-02: one call, one gift, charged {@code Gift.gold} once; the anchor earns the configured tickets; the room
 * sees the {@code gift} frame only once the charge has committed. {@code amount} is the client's combo counter and
 * {@code gift_uuid} its combo id, both only echoed.
 */
@Stateless
public class GiftService {
    @Inject
    GiftCatalog catalog;
    @Inject
    GiftSettings settings;
    @Inject
    RoomAccess rooms;
    @Inject
    WalletTransfers transfers;
    @Inject
    HeiheiUsers users;

    /** @return the sender's diamonds left */
    public long sendInLive(long caller, long liveId, int giftId, int amount, String giftUuid) {
        Gift gift = catalog.onSale(giftId).orElseThrow(() -> new HeiheiFailure(730, "礼物不存在"));
        RoomAccess.Room room = rooms.enter(caller, liveId);
        if (room.anchorId() == caller) {
            throw new HeiheiFailure(400, "不能给自己送礼物");
        }
        long tickets = settings.tickets(gift.gold());
        WalletTransfers.Gifted paid = transfers.gift(caller, gift.gold(), room.anchorId(), tickets,
                "live:" + room.liveId());
        HeiheiUser from = users.get(caller);
        JsonObjectBuilder frame = Jsons.createObjectBuilder().add("msgType", "gift").add("amount", amount)
                .add("giftId", gift.id()).add("roomId", room.roomId()).add("fromUserId", from.id())
                .add("fromUserName", from.displayName()).add("gender", from.gender())
                .add("totalTicket", paid.receiverTotalTicket()).add("msgId", MsgIds.next())
                .add("gift", gift.inMessage());
        if (giftUuid != null) {
            frame.add("gift_uuid", giftUuid);
        }
        rooms.gifted(room, tickets, frame.build());
        return paid.senderGold();
    }
}
