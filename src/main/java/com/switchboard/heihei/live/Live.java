package com.switchboard.heihei.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A live (heihei.md OBJ-LIVE) and the rules of its lifecycle: 0 to be started, 1 live, 2 ended, 4 deleted. */
@Entity
@Table(name = "hh_live")
public class Live {
    public static final int TO_START = 0;
    public static final int LIVE = 1;
    public static final int ENDED = 2;
    public static final int BANNED = 3;
    public static final int DELETED = 4;

    @Id
    private Long id;
    @Column(name = "room_id", nullable = false, updatable = false)
    private long roomId;
    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;
    @Column(name = "open_anchor")
    private Long openAnchor;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private int status;
    @Column(nullable = false)
    private int visible = 1;
    @Column(nullable = false)
    private boolean paused;
    @Column(nullable = false)
    private boolean publishing;
    @Column(name = "seat_limit", nullable = false)
    private int seatLimit;
    @Column(name = "locked_seats", nullable = false)
    private int lockedSeats;
    @Column(name = "online_users", nullable = false)
    private int onlineUsers;
    @Column(name = "total_users", nullable = false)
    private int totalUsers;
    @Column(name = "live_total_ticket", nullable = false)
    private long liveTotalTicket;
    @Column(nullable = false)
    private String address = "";
    @Column(name = "device_type")
    private String deviceType;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "anchor_beat_at", nullable = false)
    private Instant anchorBeatAt;
    @Version
    private long version;

    protected Live() {
    }

    Live(long id, long roomId, long userId, String title, int seatLimit, Instant now) {
        this.id = id;
        this.roomId = roomId;
        this.userId = userId;
        this.openAnchor = userId;
        this.title = title;
        this.status = TO_START;
        this.seatLimit = seatLimit;
        this.createdAt = now;
        this.anchorBeatAt = now;
    }

    public long id() {
        return id;
    }

    public long roomId() {
        return roomId;
    }

    public long userId() {
        return userId;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public int visible() {
        return visible;
    }

    public boolean paused() {
        return paused;
    }

    public boolean publishing() {
        return publishing;
    }

    public int seatLimit() {
        return seatLimit;
    }

    public int lockedSeats() {
        return lockedSeats;
    }

    public int onlineUsers() {
        return onlineUsers;
    }

    public int totalUsers() {
        return totalUsers;
    }

    public long liveTotalTicket() {
        return liveTotalTicket;
    }

    public String address() {
        return address;
    }

    public String deviceType() {
        return deviceType;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant anchorBeatAt() {
        return anchorBeatAt;
    }

    /** Status 0 or 1 (HH-LIVE-02). */
    public boolean unclosed() {
        return status == TO_START || status == LIVE;
    }

    /** Seats anyone may take without an invitation: {@code needKnock} when none is left (HH-LIVE-11). */
    public boolean needKnock() {
        return onlineUsers >= seatLimit - lockedSeats;
    }

    void start(Instant now) {
        status = LIVE;
        startedAt = now;
        anchorBeatAt = now;
    }

    void title(String title) {
        this.title = title;
    }

    void paused(boolean paused, Instant now) {
        this.paused = paused;
        this.anchorBeatAt = now;
    }

    void end(Instant now) {
        status = ENDED;
        openAnchor = null;
        endedAt = now;
        paused = false;
    }

    void delete(Instant now) {
        if (unclosed()) {
            end(now);
        }
        status = DELETED;
    }

    void visible(int visible) {
        this.visible = visible;
    }

    void anchorBeat(Instant now) {
        anchorBeatAt = now;
    }

    void publishing(boolean publishing, Instant now) {
        this.publishing = publishing;
        this.anchorBeatAt = now;
    }

    /** HH-LIVE-20: one seat; false when it would leave fewer than 2 unlocked (502). */
    boolean lockOne() {
        if (seatLimit - lockedSeats - 1 < LiveSettings.MIN_UNLOCKED_SEATS) {
            return false;
        }
        lockedSeats++;
        return true;
    }

    void unlockOne() {
        lockedSeats = Math.max(0, lockedSeats - 1);
    }

    void viewerJoined(boolean first) {
        onlineUsers++;
        if (first) {
            totalUsers++;
        }
    }

    void viewerLeft() {
        onlineUsers = Math.max(0, onlineUsers - 1);
    }

    void earned(long tickets) {
        liveTotalTicket += tickets;
    }
}
