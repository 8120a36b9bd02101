package com.switchboard.heihei.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** {@code followerId} follows {@code followeeId} (HH-USER-09). */
@Entity
@Table(name = "hh_follow")
@IdClass(Follow.Key.class)
public class Follow {
    /** The primary key. */
    public static class Key implements Serializable {
        private Long followerId;
        private Long followeeId;

        public Key() {
        }

        public Key(Long followerId, Long followeeId) {
            this.followerId = followerId;
            this.followeeId = followeeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(followerId, k.followerId) && Objects.equals(followeeId, k.followeeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(followerId, followeeId);
        }
    }

    @Id
    @Column(name = "follower_id")
    private Long followerId;
    @Id
    @Column(name = "followee_id")
    private Long followeeId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Follow() {
    }

    Follow(Long followerId, Long followeeId, Instant now) {
        this.followerId = followerId;
        this.followeeId = followeeId;
        this.createdAt = now;
    }
}
