package com.switchboard.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One VoIP call of voip.md §2-4. Read through JPA; changed only by the conditional updates of {@link VoipCallService}, so
 * a late gateway event or a racing instance never moves a call backwards.
 */
@Entity
@Table(name = "voip_call")
public class VoipCall {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CallKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Client client;
    /** The calling user; null for a call from the network (VOIP-36). */
    @Column(name = "user_id", updatable = false)
    private Long userId;
    @Column(name = "caller_phone", updatable = false)
    private String callerPhone;
    /** What the caller dialled (callback: the remote number). */
    @Column(name = "callee_phone", nullable = false, updatable = false)
    private String calleePhone;
    /** The number the gateway rang, once it did (a p2p call diverted to the callee's real phone). */
    @Column(name = "dialled_number")
    private String dialledNumber;
    /** The gateway's leg of a call from the network (VOIP-36). */
    @Column(name = "inbound_leg", updatable = false)
    private String inboundLeg;
    @Column(name = "callee_user_id", updatable = false)
    private Long calleeUserId;
    @Column(name = "callee_session_id")
    private String calleeSessionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "callee_client")
    private Client calleeClient;
    @Enumerated(EnumType.STRING)
    @Column(name = "peer_status", nullable = false)
    private PeerStatus peerStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "local_status")
    private LegStatus localStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "remote_status")
    private LegStatus remoteStatus;
    private boolean diverted;
    @Column(name = "release_cause")
    private String releaseCause;
    /** The instance whose gateway legs carry the call (its memory holds them). */
    @Column(name = "owner_instance")
    private String ownerInstance;
    @Column(name = "deadline_at")
    private Instant deadlineAt;
    @Column(name = "media_port", nullable = false, updatable = false)
    private int mediaPort;
    @Column(nullable = false, updatable = false)
    private long rssrc;
    @Column(name = "dtmf_seq", nullable = false)
    private int dtmfSeq;
    private String stats;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "ring_at")
    private Instant ringAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "released_at")
    private Instant releasedAt;

    protected VoipCall() {
    }

    VoipCall(String sessionId, CallKind kind, Client client, Long userId, String callerPhone, String calleePhone,
             Long calleeUserId, PeerStatus peerStatus, Instant deadlineAt, int mediaPort, long rssrc, Instant now) {
        this.sessionId = sessionId;
        this.kind = kind;
        this.client = client;
        this.userId = userId;
        this.callerPhone = callerPhone;
        this.calleePhone = calleePhone;
        this.calleeUserId = calleeUserId;
        this.peerStatus = peerStatus;
        this.deadlineAt = deadlineAt;
        this.mediaPort = mediaPort;
        this.rssrc = rssrc;
        this.createdAt = now;
        if (kind == CallKind.CALLBACK) {
            localStatus = LegStatus.IDLE;
            remoteStatus = LegStatus.IDLE;
        }
    }

    /** The number the gateway is asked to ring, set before the leg is placed. */
    void dialled(String number) {
        this.dialledNumber = number;
    }

    void inbound(String leg) {
        this.inboundLeg = leg;
    }

    public String inboundLeg() {
        return inboundLeg;
    }

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public Long id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public CallKind kind() {
        return kind;
    }

    public Client client() {
        return client;
    }

    public Long userId() {
        return userId;
    }

    public String callerPhone() {
        return callerPhone;
    }

    public String calleePhone() {
        return calleePhone;
    }

    public String dialledNumber() {
        return dialledNumber;
    }

    public Long calleeUserId() {
        return calleeUserId;
    }

    public String calleeSessionId() {
        return calleeSessionId;
    }

    public Client calleeClient() {
        return calleeClient;
    }

    public PeerStatus peerStatus() {
        return peerStatus;
    }

    public LegStatus localStatus() {
        return localStatus;
    }

    public LegStatus remoteStatus() {
        return remoteStatus;
    }

    public boolean diverted() {
        return diverted;
    }

    public String releaseCause() {
        return releaseCause;
    }

    public int mediaPort() {
        return mediaPort;
    }

    public long rssrc() {
        return rssrc;
    }

    public String stats() {
        return stats;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant ringAt() {
        return ringAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    /** Whether the session id names this call's caller side (else its p2p callee side). */
    public boolean callerSession(String sid) {
        return sessionId.equals(sid);
    }

    void ownedBy(String instance) {
        this.ownerInstance = instance;
    }

    public String ownerInstance() {
        return ownerInstance;
    }
}
