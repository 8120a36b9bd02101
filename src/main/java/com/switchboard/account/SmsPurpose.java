package com.switchboard.account;

import java.util.Arrays;
import java.util.Optional;

/** VOIP-03 {@code type}. */
public enum SmsPurpose {
    REGISTER("register"), RESETPWD("resetpwd"), BIND("bind");

    private final String wire;

    SmsPurpose(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<SmsPurpose> fromWire(String type) {
        return Arrays.stream(values()).filter(p -> p.wire.equals(type)).findFirst();
    }
}
