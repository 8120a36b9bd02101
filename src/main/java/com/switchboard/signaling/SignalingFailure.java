package com.switchboard.signaling;

import com.switchboard.platform.wire.ApiFailure;
import com.switchboard.platform.wire.SignalingDialect.Code;

/** A failure of the signaling account API: {@code {"errorCode":n,"errorCodeName":"…","message":"…"}}. */
public class SignalingFailure extends ApiFailure {
    public SignalingFailure(Code code, String message) {
        super(null, code.name(), message);
    }
}
