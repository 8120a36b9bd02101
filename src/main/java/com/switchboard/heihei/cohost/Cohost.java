package com.switchboard.heihei.cohost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One co-hosting of a live (§8's state flow): waiting (0) from the accept until both sides report the RTC push
 * (HH-CONF-06), then connected (1), then ended (2). While unended, {@code openLive} holds the live's id, unique, so a
 * live has one co-host at a time.
 */
@Entity
@Table(name = "hh_cohost")
public class Cohost {
    static final int WAITING = 0;
    static final int CONNECTED = 1;
    static final int ENDED = 2;

    @Id
    private Long id;
    @Column(name = "live_id", nullable = false)
    private long liveId;
    @Column(name = "room_id", nullable = false)
    private long roomId;
    @Column(name = "anchor_id", nullable = false)
    private long anchorId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(nullable = false)
    private int status;
    @Column(name = "open_live")
    private Long openLive;
    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;
    @Column(name = "anchor_joined_at")
    private Instant anchorJoinedAt;
    @Column(name = "cohost_joined_at")
    private Instant cohostJoinedAt;
    @Column(name = "anchor_connected", nullable = false)
    private boolean anchorConnected;
    @Column(name = "cohost_connected", nullable = false)
    private boolean cohostConnected;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected Cohost() {
    }

    Cohost(long id, long liveId, long roomId, long anchorId, long userId, Instant now) {
        this.id = id;
        this.liveId = liveId;
        this.roomId = roomId;
        this.anchorId = anchorId;
        this.userId = userId;
        this.status = WAITING;
        this.openLive = liveId;
        this.acceptedAt = now;
    }

    boolean party(long user) {
        return user == anchorId || user == userId;
    }

    /** The other party of {@code user}. */
    long other(long user) {
        return user == anchorId ? userId : anchorId;
    }

    /** HH-CONF-02: the first join of each side starts its clock. */
    void joined(long user, Instant now) {
        if (user == anchorId && anchorJoinedAt == null) {
            anchorJoinedAt = now;
        } else if (user == userId && cohostJoinedAt == null) {
            cohostJoinedAt = now;
        }
    }

    /** HH-CONF-06; @return true when this report connected it (both sides now) */
    boolean connected(long user) {
        if (user == anchorId) {
            anchorConnected = true;
        } else if (user == userId) {
            cohostConnected = true;
        }
        if (status == WAITING && anchorConnected && cohostConnected) {
            status = CONNECTED;
            return true;
        }
        return false;
    }

    void end(Instant now) {
        status = ENDED;
        openLive = null;
        endedAt = now;
    }

    /**
     * Still waiting past its time: nobody joined within {@code joinSeconds} of the accept, or both sides did not
     * report the RTC push within {@code connectSeconds} of the first HH-CONF-02.
     */
    boolean overdue(Instant now, int joinSeconds, int connectSeconds) {
        if (status != WAITING) {
            return false;
        }
        Instant firstJoin = anchorJoinedAt == null ? cohostJoinedAt
                : cohostJoinedAt == null || anchorJoinedAt.isBefore(cohostJoinedAt) ? anchorJoinedAt : cohostJoinedAt;
        if (firstJoin == null) {
            return acceptedAt.plusSeconds(joinSeconds).isBefore(now);
        }
        return firstJoin.plusSeconds(connectSeconds).isBefore(now);
    }

    public long id() {
        return id;
    }

    public long liveId() {
        return liveId;
    }

    public long roomId() {
        return roomId;
    }

    public long anchorId() {
        return anchorId;
    }

    public long userId() {
        return userId;
    }

    public int status() {
        return status;
    }
}
