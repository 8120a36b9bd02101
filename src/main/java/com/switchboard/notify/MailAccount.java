package com.switchboard.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A watched mailbox (VOIP-40). The password is sealed by {@link PasswordCipher}; it is never logged. */
@Entity
@Table(name = "mail_account")
public class MailAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;
    @Column(name = "mail_acc", nullable = false, updatable = false)
    private String mailAcc;
    @Column(name = "mail_addr", nullable = false)
    private String mailAddr;
    @Column(name = "pwd_cipher", nullable = false)
    private String pwdCipher;
    @Column(nullable = false)
    private String host;
    @Column(nullable = false)
    private int port;
    @Column(nullable = false)
    private boolean tls;
    @Column(name = "uid_validity")
    private Long uidValidity;
    @Column(name = "last_uid", nullable = false)
    private long lastUid;
    private String watcher;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailAccount() {
    }

    MailAccount(Long userId, String mailAcc, Instant now) {
        this.userId = userId;
        this.mailAcc = mailAcc;
        this.createdAt = now;
    }

    /** Points the account at (new) credentials and the mailbox state read while verifying them. */
    void configure(String mailAddr, String pwdCipher, String host, int port, boolean tls, long uidValidity,
                   long lastUid, Instant now) {
        this.mailAddr = mailAddr;
        this.pwdCipher = pwdCipher;
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.uidValidity = uidValidity;
        this.lastUid = lastUid;
        this.lastError = null;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long userId() {
        return userId;
    }

    public String mailAcc() {
        return mailAcc;
    }

    public String mailAddr() {
        return mailAddr;
    }

    public String pwdCipher() {
        return pwdCipher;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean tls() {
        return tls;
    }

    public Long uidValidity() {
        return uidValidity;
    }

    public long lastUid() {
        return lastUid;
    }

    public String watcher() {
        return watcher;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
