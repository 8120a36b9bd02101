package com.switchboard.heihei.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** {@code blockerId} has blocked {@code blockedId} (HH-USER-11): 736 on their profile, 737 in their lives. */
@Entity
@Table(name = "hh_block")
@IdClass(Block.Key.class)
public class Block {
    /** The primary key. */
    public static class Key implements Serializable {
        private Long blockerId;
        private Long blockedId;

        public Key() {
        }

        public Key(Long blockerId, Long blockedId) {
            this.blockerId = blockerId;
            this.blockedId = blockedId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(blockerId, k.blockerId) && Objects.equals(blockedId, k.blockedId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(blockerId, blockedId);
        }
    }

    @Id
    @Column(name = "blocker_id")
    private Long blockerId;
    @Id
    @Column(name = "blocked_id")
    private Long blockedId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Block() {
    }

    Block(Long blockerId, Long blockedId, Instant now) {
        this.blockerId = blockerId;
        this.blockedId = blockedId;
        this.createdAt = now;
    }
}
