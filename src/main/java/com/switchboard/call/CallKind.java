package com.switchboard.call;

/**
 * How a call was started: to a phone (VOIP-13/18/21), app to app first (type p2p), two-leg callback (VOIP-30), or
 * from the network to an app user (VOIP-36, offered by the gateway; it has no calling user).
 */
public enum CallKind {
    DIRECT, P2P, CALLBACK, SIP_IN;

    /** The callee's app is invited and answers through VOIP-25..29. */
    public boolean invitesApp() {
        return this == P2P || this == SIP_IN;
    }
}
