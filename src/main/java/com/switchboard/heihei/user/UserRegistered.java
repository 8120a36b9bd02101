package com.switchboard.heihei.user;

/** A heihei user was created (HH-USER-02/03), fired inside the creating transaction: features open their rows. */
public record UserRegistered(long userId) {
}
