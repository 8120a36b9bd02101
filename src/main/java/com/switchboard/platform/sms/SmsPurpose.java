package com.switchboard.platform.sms;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an SMS code is for: lwork's VOIP-03 {@code type}s and heihei's sign-in and phone binding (HH-USER-01/17).
 * Each family keeps its own resend window per phone, so an lwork code does not hold back a heihei one.
 */
public enum SmsPurpose {
    REGISTER("register", "lwork"), RESETPWD("resetpwd", "lwork"), BIND("bind", "lwork"),
    HEIHEI_SIGN_IN("heihei-sign-in", "heihei"), HEIHEI_BIND("heihei-bind", "heihei");

    private final String wire;
    private final String app;

    SmsPurpose(String wire, String app) {
        this.wire = wire;
        this.app = app;
    }

    public String wire() {
        return wire;
    }

    /** The app named in the message text, and the family whose resend window the code takes. */
    public String app() {
        return app;
    }

    /** VOIP-03's {@code type} values only. */
    public static Optional<SmsPurpose> fromWire(String type) {
        return Arrays.stream(values()).filter(p -> p.app.equals("lwork") && p.wire.equals(type)).findFirst();
    }
}
