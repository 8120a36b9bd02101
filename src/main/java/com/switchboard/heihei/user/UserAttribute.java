package com.switchboard.heihei.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One switch of a user's {@code attribute} map (HH-USER-07/08), e.g. {@code push_enable = "1"}. */
@Entity
@Table(name = "hh_user_attribute")
@IdClass(UserAttribute.Key.class)
public class UserAttribute {
    public static final String PUSH_ENABLE = "push_enable";

    /** The primary key. */
    public static class Key implements Serializable {
        private Long userId;
        private String name;

        public Key() {
        }

        public Key(Long userId, String name) {
            this.userId = userId;
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, name);
        }
    }

    @Id
    @Column(name = "user_id")
    private Long userId;
    @Id
    private String name;
    @Column(name = "val", nullable = false)
    private String value;

    protected UserAttribute() {
    }

    UserAttribute(Long userId, String name, String value) {
        this.userId = userId;
        this.name = name;
        this.value = value;
    }

    void value(String value) {
        this.value = value;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }
}
