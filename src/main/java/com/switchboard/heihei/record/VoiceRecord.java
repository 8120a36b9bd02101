package com.switchboard.heihei.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** OBJ-RECORD: a v1.3.0 voice record; {@code status} 1 once the server checked the file (all of ours are). */
@Entity
@Table(name = "hh_record")
public class VoiceRecord {
    static final int PLAYABLE = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "object_key", nullable = false)
    private String objectKey;
    @Column(nullable = false)
    private int length;
    @Column(nullable = false)
    private int status;
    @Column(nullable = false)
    private long score;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VoiceRecord() {
    }

    /** {@code score}: newest first in the feed, unique in practice (milliseconds, then a random tie-break). */
    VoiceRecord(long userId, String objectKey, int length, Instant now, int tieBreak) {
        this.userId = userId;
        this.objectKey = objectKey;
        this.length = length;
        this.status = PLAYABLE;
        this.score = now.toEpochMilli() * 1000 + tieBreak;
        this.createdAt = now;
    }

    public int id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public String objectKey() {
        return objectKey;
    }

    public int length() {
        return length;
    }

    public int status() {
        return status;
    }

    public long score() {
        return score;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
