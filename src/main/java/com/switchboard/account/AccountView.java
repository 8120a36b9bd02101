package com.switchboard.account;

/** What login and registration replies tell about a user. {@code info} is JSON text or null. */
public record AccountView(String uuid, String name, String account, String info, String did) {
    static AccountView of(LworkUser u) {
        return new AccountView(u.uuid(), u.name() == null ? "" : u.name(), u.account(), u.info(), u.did());
    }
}
