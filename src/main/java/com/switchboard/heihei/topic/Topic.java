package com.switchboard.heihei.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** OBJ-TOPIC: operators' data (seeded), with the counts of everything posted in it. */
@Entity
@Table(name = "hh_topic")
public class Topic {
    /** The due-chat (约聊) zone; 0 is a normal topic. */
    static final int DUE_CHAT = 1;

    @Id
    private Integer id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String img;
    @Column(nullable = false)
    private String content;
    @Column(name = "cat_name", nullable = false)
    private String catName;
    @Column(name = "is_top", nullable = false)
    private int isTop;
    @Column(nullable = false)
    private int type;
    @Column(name = "view_count", nullable = false)
    private int viewCount;
    @Column(name = "reply_count", nullable = false)
    private int replyCount;
    @Column(name = "like_count", nullable = false)
    private int likeCount;

    protected Topic() {
    }

    void listened() {
        viewCount++;
    }

    void liked() {
        likeCount++;
    }

    /** A subject or a reply was posted in it. */
    void posted() {
        replyCount++;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String img() {
        return img;
    }

    public String content() {
        return content;
    }

    public String catName() {
        return catName;
    }

    public int isTop() {
        return isTop;
    }

    public int type() {
        return type;
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
}
