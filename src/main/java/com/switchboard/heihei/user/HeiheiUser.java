package com.switchboard.heihei.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A heihei user (heihei.md OBJ-USERPROFILE); created by the first sign-in. */
@Entity
@Table(name = "hh_user")
public class HeiheiUser {
    public static final String MALE = "Male";
    public static final String FEMALE = "Female";
    public static final String UNSPECIFIED = "Unspecified";

    @Id
    private Long id;
    @Column(name = "hei_num", nullable = false, updatable = false)
    private long heiNum;
    private String phone;
    @Column(name = "weibo_uid")
    private String weiboUid;
    @Column(name = "wechat_openid")
    private String wechatOpenid;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(nullable = false)
    private String gender;
    @Column(name = "birth_day")
    private LocalDate birthDay;
    @Column(nullable = false)
    private String address = "";
    @Column(nullable = false)
    private String latlng = "";
    @Column(nullable = false)
    private String region = "";
    @Column(nullable = false)
    private String description = "";
    @Column(name = "cover_url", nullable = false)
    private String coverUrl = "";
    @Column(nullable = false)
    private int level = 1;
    @Column(nullable = false)
    private long experience;
    @Column(name = "user_type", nullable = false)
    private String userType = "Normal";
    @Column(name = "user_status", nullable = false)
    private String userStatus = "Published";
    @Column(name = "modify_count", nullable = false)
    private int modifyCount;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;
    @Version
    private long version;

    protected HeiheiUser() {
    }

    HeiheiUser(long id, long heiNum, String displayName, Instant now) {
        this.id = id;
        this.heiNum = heiNum;
        this.displayName = displayName;
        this.gender = UNSPECIFIED;
        this.createdAt = now;
        this.lastModified = now;
    }

    /** Whether the profile was never completed (HH-USER-02/03 {@code needRegist}). */
    boolean needsRegistration() {
        return birthDay == null;
    }

    /** HH-USER-04; a {@code rename} counts toward the rename fee (completing the profile does not). */
    void update(String displayName, String gender, LocalDate birthDay, String address, String latlng,
                String description, boolean rename, Instant now) {
        if (rename) {
            modifyCount++;
        }
        this.displayName = displayName;
        this.gender = gender;
        this.birthDay = birthDay;
        if (address != null) {
            this.address = address;
        }
        if (latlng != null) {
            this.latlng = latlng;
        }
        if (description != null) {
            this.description = description;
        }
        this.lastModified = now;
    }

    void bindPhone(String phone, Instant now) {
        this.phone = phone;
        this.lastModified = now;
    }

    void bindWeibo(String uid) {
        this.weiboUid = uid;
    }

    void bindWechat(String openid) {
        this.wechatOpenid = openid;
    }

    public Long id() {
        return id;
    }

    public long heiNum() {
        return heiNum;
    }

    public String phone() {
        return phone;
    }

    public String displayName() {
        return displayName;
    }

    public String gender() {
        return gender;
    }

    public LocalDate birthDay() {
        return birthDay;
    }

    public String address() {
        return address;
    }

    public String region() {
        return region;
    }

    public String description() {
        return description;
    }

    public String coverUrl() {
        return coverUrl;
    }

    public int level() {
        return level;
    }

    public long experience() {
        return experience;
    }

    public String userType() {
        return userType;
    }

    public String userStatus() {
        return userStatus;
    }

    public int modifyCount() {
        return modifyCount;
    }

    public Instant lastModified() {
        return lastModified;
    }
}
