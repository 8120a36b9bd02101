package com.switchboard.heihei.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * OBJ-SUBJECT: a voice post in a topic, or a reply ({@code mainSubjectId} its top-level subject, {@code replySubjectId}
 * the subject it answers). A top-level subject's {@code replyCount} counts every reply under it.
 */
@Entity
@Table(name = "hh_subject")
public class Subject {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;
    @Column(name = "topic_id", nullable = false)
    private int topicId;
    @Column(name = "creator_id", nullable = false)
    private long creatorId;
    @Column(nullable = false)
    private String title;
    @Column(name = "object_key", nullable = false)
    private String objectKey;
    @Column(nullable = false)
    private int length;
    @Column(nullable = false)
    private String samples;
    @Column(name = "main_subject_id", nullable = false)
    private int mainSubjectId;
    @Column(name = "reply_subject_id", nullable = false)
    private int replySubjectId;
    @Column(name = "reply_user_id", nullable = false)
    private long replyUserId;
    @Column(name = "view_count", nullable = false)
    private int viewCount;
    @Column(name = "reply_count", nullable = false)
    private int replyCount;
    @Column(name = "like_count", nullable = false)
    private int likeCount;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Subject() {
    }

    /** A top-level subject of {@code topicId}. */
    Subject(int topicId, long creatorId, String title, String objectKey, int length, String samples, Instant now) {
        this.topicId = topicId;
        this.creatorId = creatorId;
        this.title = title;
        this.objectKey = objectKey;
        this.length = length;
        this.samples = samples;
        this.createdAt = now;
    }

    /** A reply to {@code answered}, under its top-level subject. */
    static Subject replyTo(Subject answered, long creatorId, String title, String objectKey, int length,
                           String samples, Instant now) {
        Subject s = new Subject(answered.topicId, creatorId, title, objectKey, length, samples, now);
        s.mainSubjectId = answered.mainSubjectId == 0 ? answered.id : answered.mainSubjectId;
        s.replySubjectId = answered.id;
        s.replyUserId = answered.creatorId;
        return s;
    }

    boolean topLevel() {
        return mainSubjectId == 0;
    }

    /** The subject whose {@code replyCount} a reply to this one raises. */
    int mainId() {
        return topLevel() ? id : mainSubjectId;
    }

    void listened() {
        viewCount++;
    }

    void liked() {
        likeCount++;
    }

    void replied() {
        replyCount++;
    }

    void retitle(String title) {
        this.title = title;
    }

    public int id() {
        return id;
    }

    public int topicId() {
        return topicId;
    }

    public long creatorId() {
        return creatorId;
    }

    public String title() {
        return title;
    }

    public String objectKey() {
        return objectKey;
    }

    public int length() {
        return length;
    }

    public String samples() {
        return samples;
    }

    public int mainSubjectId() {
        return mainSubjectId;
    }

    public int replySubjectId() {
        return replySubjectId;
    }

    public long replyUserId() {
        return replyUserId;
    }

    public int viewCount() {
        return viewCount;
    }

    public int replyCount() {
        return replyCount;
    }

    public int likeCount() {
        return likeCount;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
