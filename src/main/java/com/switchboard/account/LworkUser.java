package com.switchboard.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An lwork user. {@code account} never changes once created: IM and the push channel key on it (voip.md §0.5). */
@Entity
@Table(name = "lwork_user")
public class LworkUser {
    static final long FIRST_UUID = 1_000_000_000_000L;
    static final long LAST_UUID = 9_007_199_254_740_991L;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** Random, so that a uuid tells nothing about others' (63, 64, … invited guessing); below 2^53 for JS clients. */
    @Id
    private Long id;
    @Column(name = "group_id", nullable = false, updatable = false)
    private String groupId;
    @Column(nullable = false, updatable = false)
    private String account;
    private String name;
    @Column(name = "pwd_hash")
    private String pwdHash;
    /** The bound phone (VOIP-09), returned as {@code did}. */
    private String phone;
    /** The VOIP-08 blob as JSON text, returned verbatim. */
    private String info;
    private boolean activated;
    @Column(name = "active_device_id")
    private String activeDeviceId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected LworkUser() {
    }

    public LworkUser(String groupId, String account, String name, String pwdHash, boolean activated) {
        this.id = RANDOM.nextLong(FIRST_UUID, LAST_UUID);
        this.groupId = groupId;
        this.account = account;
        this.name = name;
        this.pwdHash = pwdHash;
        this.activated = activated;
        this.createdAt = Instant.now();
    }

    /** The lwork {@code uuid}: a string of digits on the wire. */
    public String uuid() {
        return String.valueOf(id);
    }

    public Long id() {
        return id;
    }

    public String groupId() {
        return groupId;
    }

    public String account() {
        return account;
    }

    public String name() {
        return name;
    }

    public String pwdHash() {
        return pwdHash;
    }

    public String phone() {
        return phone;
    }

    /** {@code did}: the bound phone, "" when none. */
    public String did() {
        return phone == null ? "" : phone;
    }

    public String info() {
        return info;
    }

    public boolean activated() {
        return activated;
    }

    public String activeDeviceId() {
        return activeDeviceId;
    }

    /** Where SMS codes for this account go: the bound phone, else the account (usually a phone number). */
    public String smsTarget() {
        return phone != null ? phone : account;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void changePassword(String newHash) {
        this.pwdHash = newHash;
    }

    void bindPhone(String newPhone) {
        this.phone = newPhone;
    }

    void replaceInfo(String json) {
        this.info = json;
    }

    void activated(boolean value) {
        this.activated = value;
    }

    void activeDevice(String deviceId) {
        this.activeDeviceId = deviceId;
    }
}
