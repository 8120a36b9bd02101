package com.switchboard.call;

/** How a call was started: to a phone (VOIP-13/18/21), app to app first (type p2p), or two-leg callback (VOIP-30). */
public enum CallKind {
    DIRECT, P2P, CALLBACK
}
