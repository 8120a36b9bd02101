package com.switchboard.heihei.live;

import com.switchboard.platform.tx.AfterCommit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Optional;

/**
 * What other features need of a live room (gifts HH-GIFT-02, co-hosting HH-CONF): the room and who is in it, the
 * live under its row lock so that their changes to it are serialised, and frames to the room once they commit.
 */
@Stateless
public class RoomAccess {
    /** A live's room. */
    public record Room(long liveId, long roomId, long anchorId) {
    }

    @Inject
    Lives lives;
    @Inject
    Viewers viewers;
    @Inject
    RoomFrames frames;
    @Inject
    RoomGuests guests;
    @jakarta.annotation.Resource
    TransactionSynchronizationRegistry transactions;

    /** The caller's room, locked until the transaction ends: 731 unknown or ended live, 506 not in its room. */
    public Room enter(long caller, long liveId) {
        Room room = locked(liveId);
        if (!inRoom(room, caller)) {
            throw RoomService.notInRoom();
        }
        return room;
    }

    /** An unclosed live's room under the live's row lock, or 731. */
    public Room locked(long liveId) {
        Live live = lives.locked(liveId);
        if (!live.unclosed()) {
            throw Lives.invalid();
        }
        return room(live);
    }

    /** The room while its live is unclosed. */
    public Optional<Room> open(long liveId) {
        return lives.find(liveId).filter(Live::unclosed).map(RoomAccess::room);
    }

    public boolean inRoom(Room room, long userId) {
        return lives.find(room.liveId()).map(l -> viewers.inRoom(l, userId)).orElse(false);
    }

    public boolean muted(Room room, long userId) {
        return guests.muted(room.liveId(), userId);
    }

    /**
     * The live's total grows by the anchor's tickets (after {@link #enter} in the same transaction: the live is
     * already locked and loaded); the room gets the frame after commit, never held back by the room's ceiling.
     */
    public void gifted(Room room, long tickets, JsonObject frame) {
        lives.get(room.liveId()).earned(tickets);
        toRoom(room, frame);
    }

    /** A frame to everyone in the room once this transaction commits; never merged or dropped. */
    public void toRoom(Room room, JsonObject frame) {
        AfterCommit.run(transactions, () -> frames.important(room.liveId(), frame));
    }

    /** HH-ACT-17 to the room after commit (a co-hosting queue changed). */
    public void viewersChanged(Room room) {
        toRoom(room, Viewers.liveUsersFrame(lives.get(room.liveId())));
    }

    private static Room room(Live live) {
        return new Room(live.id(), live.roomId(), live.userId());
    }
}
