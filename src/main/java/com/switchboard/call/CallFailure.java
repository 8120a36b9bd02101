package com.switchboard.call;

import com.switchboard.platform.wire.LworkFailure;

/** Reasons of voip.md §0.6 used by the call endpoints. */
final class CallFailure {
    static final String NO_LOGIND = "no_logind";
    static final String NOT_ACTIVED = "not_actived";
    static final String SESSION_NOT_EXIST = "session_not_exist";
    static final String ALREADY_CALL_REAL_PHONE = "already_call_real_phone";
    /** Ours: DTMF before the far end answered (voip.md VOIP-16: "DTMF only after answer"). */
    static final String CALL_NOT_CONNECTED = "call_not_connected";

    private CallFailure() {
    }

    static LworkFailure of(String reason) {
        return new LworkFailure(reason);
    }
}
