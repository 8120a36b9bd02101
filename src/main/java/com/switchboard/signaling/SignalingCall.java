package com.switchboard.signaling;

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
 * One call of signaling.md §2.3. State changes are conditional updates in {@link CallService}, so when several
 * instances race (an answer and a ring timeout, say) exactly one transition wins.
 */
@Entity
@Table(name = "sig_call")
public class SignalingCall {
    public enum State { RINGING, IN_CALL, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "room_id", nullable = false, updatable = false)
    private String roomId;
    @Column(name = "caller_phone", nullable = false, updatable = false)
    private String callerPhone;
    @Column(name = "caller_device_id", nullable = false, updatable = false)
    private String callerDeviceId;
    @Column(name = "callee_phone", nullable = false, updatable = false)
    private String calleePhone;
    @Column(name = "callee_device_id", nullable = false, updatable = false)
    private String calleeDeviceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "ring_deadline", nullable = false, updatable = false)
    private Instant ringDeadline;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason")
    private String endReason;

    protected SignalingCall() {
    }

    SignalingCall(String roomId, Device caller, Device callee, Instant now, Instant ringDeadline) {
        this.roomId = roomId;
        this.callerPhone = caller.phone();
        this.callerDeviceId = caller.deviceId();
        this.calleePhone = callee.phone();
        this.calleeDeviceId = callee.deviceId();
        this.state = State.RINGING;
        this.createdAt = now;
        this.ringDeadline = ringDeadline;
    }

    public Long id() {
        return id;
    }

    public String roomId() {
        return roomId;
    }

    public Device caller() {
        return new Device(callerPhone, callerDeviceId);
    }

    public Device callee() {
        return new Device(calleePhone, calleeDeviceId);
    }

    public State state() {
        return state;
    }

    public boolean hasMember(Device d) {
        return caller().equals(d) || callee().equals(d);
    }

    /** The other member; only meaningful for a member. */
    public Device other(Device member) {
        return caller().equals(member) ? callee() : caller();
    }
}
