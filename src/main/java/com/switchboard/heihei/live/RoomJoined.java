package com.switchboard.heihei.live;

/**
 * A user (re)joined a live room (HH-LIVE-12), fired inside the join's transaction: features with state in the room
 * (co-hosting's current {@code conference-status}) tell the newcomer.
 */
public record RoomJoined(long liveId, long roomId, long userId) {
}
