package com.switchboard.heihei.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-to-one chat (OBJ-CHAT): entering (0) until both have joined, then on (1), then ended (2). */
@Entity
@Table(name = "hh_chat")
public class Chat {
    static final int ENTERING = 0;
    static final int ON = 1;
    static final int ENDED = 2;
    static final String MATCH = "match";
    static final String DUE = "due";

    @Id
    private Long id;
    @Column(nullable = false)
    private String kind;
    @Column(name = "creater_id", nullable = false)
    private long createrId;
    @Column(nullable = false)
    private int status;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String topic;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected Chat() {
    }

    Chat(long id, String kind, long createrId, String title, String topic, Instant now) {
        this.id = id;
        this.kind = kind;
        this.createrId = createrId;
        this.status = ENTERING;
        this.title = title;
        this.topic = topic;
        this.createdAt = now;
    }

    boolean open() {
        return status != ENDED;
    }

    void started(Instant now) {
        if (status == ENTERING) {
            status = ON;
            startedAt = now;
        }
    }

    void end(Instant now) {
        status = ENDED;
        endedAt = now;
    }

    void topic(String topic) {
        this.topic = topic;
    }

    public long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public long createrId() {
        return createrId;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String topic() {
        return topic;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
