package com.switchboard.call;

/** The far end as the server sees it (voip.md §2.1); {@link #wire()} is the seed's spelling. */
public enum PeerStatus {
    IDLE, RING, HOOKOFF, P2P_IDLE, P2P_RING, P2P_HOOKOFF, RELEASE;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean released() {
        return this == RELEASE;
    }

    /** Still waiting for the callee's app (VOIP-25..28 apply). */
    public boolean inviting() {
        return this == P2P_IDLE || this == P2P_RING;
    }
}
