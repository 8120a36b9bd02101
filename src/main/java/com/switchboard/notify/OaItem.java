package com.switchboard.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An OA item posted by the OA system (VOIP-44, 46, 47). */
@Entity
@Table(name = "oa_item")
public class OaItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(nullable = false, updatable = false)
    private String uid;
    @Column(nullable = false, updatable = false)
    private String subject;
    @Column(name = "oa_link", nullable = false, updatable = false)
    private String oaLink;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OaItem() {
    }

    OaItem(Long userId, String uid, String subject, String oaLink, Instant now) {
        this.userId = userId;
        this.uid = uid;
        this.subject = subject;
        this.oaLink = oaLink;
        this.createdAt = now;
    }

    public String uid() {
        return uid;
    }

    public String subject() {
        return subject;
    }

    public String oaLink() {
        return oaLink;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
