package com.switchboard.conference.isv;

import com.switchboard.platform.wire.ApiFailure;

/** A failure in the ISV dialect (conference.md §0.3): {@code {"result":"<code>","describe":"<why>"}}. */
public class IsvFailure extends ApiFailure {
    public static final String SIGNATURE = "1";
    public static final String PARAMETER = "2";
    public static final String ACCOUNT = "3";
    public static final String SESSION = "4";
    public static final String BALANCE = "5";
    public static final String STATE = "6";
    public static final String DUPLICATE = "7";

    public IsvFailure(String result, String describe) {
        super(null, result, describe);
    }
}
