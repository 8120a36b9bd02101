package com.switchboard.heihei.user;

/** HH-USER-05: a sign-in token ended; {@code session} is its hash, as {@link HeiheiCallers#session} gives it. */
public record TokenEnded(long userId, String session) {
}
