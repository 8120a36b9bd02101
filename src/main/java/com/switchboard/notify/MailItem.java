package com.switchboard.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The header of one message seen in a watched mailbox (VOIP-41's list, VOIP-42's alert). */
@Entity
@Table(name = "mail_item")
public class MailItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "mail_account_id", nullable = false, updatable = false)
    private Long mailAccountId;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(nullable = false, updatable = false)
    private String uid;
    private String sender;
    private String subject;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(nullable = false)
    private boolean seen;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MailItem() {
    }

    MailItem(Long mailAccountId, Long userId, String uid, String sender, String subject, Instant sentAt,
             boolean seen, Instant now) {
        this.mailAccountId = mailAccountId;
        this.userId = userId;
        this.uid = uid;
        this.sender = cut(sender, 500);
        this.subject = cut(subject, 1000);
        this.sentAt = sentAt;
        this.seen = seen;
        this.createdAt = now;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long mailAccountId() {
        return mailAccountId;
    }

    public String uid() {
        return uid;
    }

    public String sender() {
        return sender;
    }

    public String subject() {
        return subject;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public boolean seen() {
        return seen;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
