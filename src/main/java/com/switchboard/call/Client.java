package com.switchboard.call;

/** Which app family a session belongs to; it decides the shape of start and status replies. */
public enum Client {
    ANDROID, IOS, WEB
}
