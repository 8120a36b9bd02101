package com.switchboard.account;

/**
 * Fired inside the transaction that changed a device's standing: superseded by a login elsewhere (VOIP-38) or logged
 * out (VOIP-02). The push channel turns it into a cluster-wide wake-up for that device's parked poll.
 */
public record DeviceSessionChanged(Long userId, String account, String deviceId) {
}
