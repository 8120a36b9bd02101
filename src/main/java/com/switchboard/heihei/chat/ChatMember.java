package com.switchboard.heihei.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One of a chat's two users, with the HH-ACT-03 status and the last heartbeat. While the chat is open
 * {@code openUser} holds the user's id, unique, so nobody is in two open chats.
 */
@Entity
@Table(name = "hh_chat_user")
@IdClass(ChatMemberKey.class)
public class ChatMember {
    static final int ENTERING = 0;
    static final int IN = 1;
    static final int LEFT = 2;
    static final int DISCONNECTED = 3;

    @Id
    @Column(name = "chat_id")
    private Long chatId;
    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(nullable = false)
    private int status;
    @Column(name = "open_user")
    private Long openUser;
    @Column(name = "beat_at", nullable = false)
    private Instant beatAt;

    protected ChatMember() {
    }

    ChatMember(long chatId, long userId, Instant now) {
        this.chatId = chatId;
        this.userId = userId;
        this.status = ENTERING;
        this.openUser = userId;
        this.beatAt = now;
    }

    void joined(Instant now) {
        status = IN;
        beatAt = now;
    }

    void beat(Instant now) {
        beatAt = now;
    }

    /** The chat ended for this user: {@code LEFT} or {@code DISCONNECTED}, or kept for the partner. */
    void closed(int why) {
        if (status == ENTERING || status == IN) {
            status = why;
        }
        openUser = null;
    }

    public long chatId() {
        return chatId;
    }

    public long userId() {
        return userId;
    }

    public int status() {
        return status;
    }

    public Instant beatAt() {
        return beatAt;
    }
}
