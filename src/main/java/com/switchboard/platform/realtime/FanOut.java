package com.switchboard.platform.realtime;

/** How far a frame for an owner or a topic has to travel. */
public enum FanOut {
    /** One socket is enough (one socket per owner, or a two-peer room): the bus is used only if none is here. */
    FIRST_FOUND,
    /** Every socket of the owner or topic on every instance: delivered here and published once for the others. */
    EVERY_INSTANCE
}
