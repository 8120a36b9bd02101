package com.switchboard.account;

/**
 * What login and registration replies tell about a user. {@code info} is JSON text or null; {@code session} the
 * new device session's value after a login (VOIP-01/10/11), else null.
 */
public record AccountView(String uuid, String name, String account, String info, String did, String session) {
    static AccountView of(LworkUser u) {
        return new AccountView(u.uuid(), u.name() == null ? "" : u.name(), u.account(), u.info(), u.did(), null);
    }

    AccountView withSession(String value) {
        return new AccountView(uuid, name, account, info, did, value);
    }
}
