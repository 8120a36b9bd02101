package com.switchboard.platform.wire;


/** A business failure of the lwork family: {@code {"status":"failed","reason":"<reason>"}}. */
public class LworkFailure extends ApiFailure {
    public LworkFailure(String reason) {
        super(null, reason, reason);
    }
}
