package com.switchboard.heihei.gift;

import com.switchboard.platform.metrics.Meters;
import com.switchboard.heihei.channel.MsgIds;
import com.switchboard.heihei.chat.ChatService;
import com.switchboard.heihei.live.RoomAccess;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.wallet.WalletTransfers;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * HH-GIFT-02: one call, one gift, charged {@code Gift.gold} once; the anchor earns the configured tickets; the room
 * sees the {@code gift} frame only once the charge has committed. {@code amount} is the client's combo counter and
 * {@code gift_uuid} its combo id, both only echoed.
 */
@Stateless
public class GiftService {
    @Inject
    Meters meters;
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
    @Inject
    ChatService chats;

    /**
     * HH-CHAT-06: as in a live, to the chat's other user ({@code recipient}; 732 for anyone else or a chat that is
     * not the caller's open one); the chat gets the {@code gift} frame. @return the sender's diamonds left
     */
    public long sendInChat(long caller, long chatId, long recipient, int giftId, int amount, String giftUuid) {
        Gift gift = catalog.onSale(giftId).orElseThrow(() -> new HeiheiFailure(730, "礼物不存在"));
        chats.requirePartner(caller, chatId, recipient);
        long tickets = settings.tickets(gift.gold());
        WalletTransfers.Gifted paid = transfers.gift(caller, gift.gold(), recipient, tickets, "chat:" + chatId);
        meters.count("heihei_gifts", "heihei gifts sent, in a live room or a chat", "place", "chat");
        chats.toChat(chatId, frame(gift, caller, chatId, amount, giftUuid, paid.receiverTotalTicket()));
        return paid.senderGold();
    }

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
        meters.count("heihei_gifts", "heihei gifts sent, in a live room or a chat", "place", "live");
        rooms.gifted(room, tickets, frame(gift, caller, room.roomId(), amount, giftUuid, paid.receiverTotalTicket()));
        return paid.senderGold();
    }

    /** HH-RT-03, {@code totalTicket} the receiver's tickets earned in all after it. */
    private JsonObject frame(Gift gift, long caller, long roomId, int amount, String giftUuid, long totalTicket) {
        HeiheiUser from = users.get(caller);
        JsonObjectBuilder frame = Jsons.createObjectBuilder().add("msgType", "gift").add("amount", amount)
                .add("giftId", gift.id()).add("roomId", roomId).add("fromUserId", from.id())
                .add("fromUserName", from.displayName()).add("gender", from.gender())
                .add("totalTicket", totalTicket).add("msgId", MsgIds.next()).add("gift", gift.inMessage());
        if (giftUuid != null) {
            frame.add("gift_uuid", giftUuid);
        }
        return frame.build();
    }
}
