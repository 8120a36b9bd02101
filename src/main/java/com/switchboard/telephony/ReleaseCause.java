package com.switchboard.telephony;

/** Why a leg was released. */
public enum ReleaseCause {
    /** Answered, then hung up by either side. */
    NORMAL,
    /** The far end was busy. */
    BUSY,
    /** It rang until the no-answer timeout. */
    NO_ANSWER,
    /** The far end rejected the call while it rang. */
    REJECTED,
    /** Hung up by us before it was answered. */
    CANCELLED,
    /** The network could not complete the leg. */
    FAILED,
    /** Ended by us: whoever pays for the call has no credit left (billing). */
    CREDIT_EXHAUSTED,
    /** Ended by us: the instance that held the call's legs stopped (crashed, killed) and never came back. */
    SERVER_LOST
}
