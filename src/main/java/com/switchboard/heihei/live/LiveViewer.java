package com.switchboard.heihei.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;

/** A user who joined a live (HH-LIVE-12): in the room until quit, kick, missed heartbeats or the live's end. */
@Entity
@Table(name = "hh_live_viewer")
@IdClass(LiveUserKey.class)
public class LiveViewer {
    @Id
    @Column(name = "live_id")
    private Long liveId;
    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "in_room", nullable = false)
    private boolean inRoom;
    /** Unix seconds of the latest join: HH-LIVE-15's cursor. */
    @Column(name = "join_time", nullable = false)
    private long joinTime;
    @Column(name = "last_beat_at", nullable = false)
    private Instant lastBeatAt;
    /** HH-LIVE-24: kicked out, the viewer may not join again before this. */
    @Column(name = "kicked_until")
    private Instant kickedUntil;

    protected LiveViewer() {
    }

    LiveViewer(long liveId, long userId) {
        this.liveId = liveId;
        this.userId = userId;
    }

    /** A row for a user kicked before ever joining. */
    static LiveViewer kickedOut(long liveId, long userId, Instant now, Instant until) {
        LiveViewer v = new LiveViewer(liveId, userId);
        v.joinTime = now.getEpochSecond();
        v.lastBeatAt = now;
        v.kickedUntil = until;
        return v;
    }

    boolean kickedOut(Instant now) {
        return kickedUntil != null && now.isBefore(kickedUntil);
    }

    void kick(Instant until) {
        inRoom = false;
        kickedUntil = until;
    }

    public long liveId() {
        return liveId;
    }

    public long userId() {
        return userId;
    }

    public boolean inRoom() {
        return inRoom;
    }

    public long joinTime() {
        return joinTime;
    }

    public Instant lastBeatAt() {
        return lastBeatAt;
    }

    void enter(Instant now) {
        inRoom = true;
        joinTime = now.getEpochSecond();
        lastBeatAt = now;
    }

    void beat(Instant now) {
        lastBeatAt = now;
    }

    void leave() {
        inRoom = false;
    }
}
