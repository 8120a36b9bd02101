package com.switchboard.platform.realtime;

/** CDI event: an owner was admitted (its presence committed) but its socket never opened; its channel cleans up. */
public record AdmissionExpired(Owner owner, String connectionId) {
}
