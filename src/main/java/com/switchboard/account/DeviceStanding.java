package com.switchboard.account;

/** How a device stands for the push channel (VOIP-33). */
public record DeviceStanding(Status status, Long userId) {
    public enum Status {
        /** No session for (acc, device): {@code unlogined}. */
        NOT_LOGGED_IN,
        /** Logged in, but the account has since logged in on another device: {@code login_otherwhere}. */
        SUPERSEDED,
        /** The account's active device. */
        ACTIVE
    }
}
