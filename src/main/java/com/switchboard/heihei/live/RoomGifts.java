package com.switchboard.heihei.live;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.switchboard.platform.tx.AfterCommit;

/**
 * What the gift feature needs from a room (HH-GIFT-02): the room a viewer is in, under the live's row lock so the
 * live's ticket total ({@code liveTotalTicket}) adds every gift, and the {@code gift} frame once the gift is paid.
 */
@Stateless
public class RoomGifts {
    /** The room a gift goes to. */
    public record Room(long liveId, long roomId, long anchorId) {
    }

    @Inject
    Lives lives;
    @Inject
    Viewers viewers;
    @Inject
    RoomFrames frames;
    @jakarta.annotation.Resource
    TransactionSynchronizationRegistry transactions;

    /** The caller's room, locked until the gift commits: 731 unknown or ended live, 506 not in its room. */
    public Room enter(long caller, long liveId) {
        Live live = lives.locked(liveId);
        if (!live.unclosed()) {
            throw Lives.invalid();
        }
        if (!viewers.inRoom(live, caller)) {
            throw RoomService.notInRoom();
        }
        return new Room(live.id(), live.roomId(), live.userId());
    }

    /**
     * The live's total grows by the anchor's tickets; the room gets the frame after commit, never held back by the
     * room's ceiling (a paid gift is always shown).
     */
    public void gifted(Room room, long tickets, JsonObject frame) {
        lives.locked(room.liveId()).earned(tickets);
        AfterCommit.run(transactions, () -> frames.important(room.liveId(), frame));
    }
}
