package com.switchboard.conference.isv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An ISV application, provisioned by operators (conference.md §0.4: {@code account_identifer}, its keys). */
@Entity
@Table(name = "isv_app")
public class IsvApp {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_identifer", nullable = false, updatable = false)
    private String identifer;
    @Column(nullable = false, updatable = false)
    private String name;
    @Column(name = "key_permanent", nullable = false, updatable = false)
    private String keyPermanent;
    @Column(name = "key_temp", nullable = false)
    private String keyTemp;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IsvApp() {
    }

    IsvApp(String identifer, String name, String keyPermanent, String keyTemp, Instant now) {
        this.identifer = identifer;
        this.name = name;
        this.keyPermanent = keyPermanent;
        this.keyTemp = keyTemp;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String identifer() {
        return identifer;
    }

    public String keyPermanent() {
        return keyPermanent;
    }

    public String keyTemp() {
        return keyTemp;
    }

    void keyTemp(String key) {
        this.keyTemp = key;
    }
}
