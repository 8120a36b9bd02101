package com.switchboard.conference.isv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An organisation account (CONF-02) with its keys and balances: money in fen, minutes whole. Read-only as an entity:
 * keys and balances change by targeted updates, so a concurrent debit is never overwritten.
 */
@Entity
@Table(name = "isv_account")
public class IsvAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "app_id", nullable = false, updatable = false)
    private Long appId;
    @Column(name = "account_identify", nullable = false, updatable = false)
    private String identify;
    @Column(name = "company_identifer", nullable = false, updatable = false)
    private String companyIdentifer;
    @Column(name = "auth_data", nullable = false, updatable = false)
    private String authData;
    @Column(name = "record_url")
    private String recordUrl;
    @Column(name = "status_url")
    private String statusUrl;
    @Column(name = "account_status", nullable = false)
    private String status;
    @Column(name = "key_permanent", nullable = false, updatable = false)
    private String keyPermanent;
    @Column(name = "key_temp", nullable = false)
    private String keyTemp;
    @Column(name = "money_fen", nullable = false)
    private long moneyFen;
    @Column(nullable = false)
    private long minutes;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected IsvAccount() {
    }

    IsvAccount(Long appId, String identify, String companyIdentifer, String authData, String recordUrl,
               String statusUrl, String keyPermanent, String keyTemp, Instant now) {
        this.appId = appId;
        this.identify = identify;
        this.companyIdentifer = companyIdentifer;
        this.authData = authData;
        this.recordUrl = recordUrl;
        this.statusUrl = statusUrl;
        this.status = "1";
        this.keyPermanent = keyPermanent;
        this.keyTemp = keyTemp;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String identify() {
        return identify;
    }

    public String status() {
        return status;
    }

    public boolean enabled() {
        return "1".equals(status);
    }

    public String keyPermanent() {
        return keyPermanent;
    }

    public String keyTemp() {
        return keyTemp;
    }

    public String recordUrl() {
        return recordUrl;
    }

    public String statusUrl() {
        return statusUrl;
    }

    public long moneyFen() {
        return moneyFen;
    }

    public long minutes() {
        return minutes;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public Long appId() {
        return appId;
    }

    public String companyIdentifer() {
        return companyIdentifer;
    }
}
