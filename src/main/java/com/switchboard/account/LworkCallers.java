package com.switchboard.account;

import com.switchboard.platform.wire.LworkFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one way lwork endpoints resolve their caller. A {@code uuid} is a small sequential number, no credential: an
 * endpoint that acts on an account also names a device logged in to it ({@link #loggedIn}). Failures are voip.md
 * §0.6's reasons.
 */
@ApplicationScoped
public class LworkCallers {
    public static final String ACCOUNT_NOT_EXIST = "account_not_exist";
    public static final String NO_LOGIND = "no_logind";

    @Inject
    AccountDirectory accounts;

    /** The user of {@code uuid}, or {@code account_not_exist}. */
    public Party user(String uuid) {
        return accounts.party(uuid).orElseThrow(() -> new LworkFailure(ACCOUNT_NOT_EXIST));
    }

    /** The user of {@code uuid} with {@code deviceId} logged in to it; else {@code account_not_exist}/{@code no_logind}. */
    public Party loggedIn(String uuid, String deviceId) {
        Party user = user(uuid);
        if (deviceId == null || !accounts.loggedIn(user.id(), deviceId)) {
            throw new LworkFailure(NO_LOGIND);
        }
        return user;
    }

    /** A call's caller from an app (voip.md §2): an unknown uuid, or a device not logged in, is {@code no_logind}. */
    public Party caller(String uuid, String deviceId) {
        Party caller = accounts.party(uuid).orElseThrow(() -> new LworkFailure(NO_LOGIND));
        if (deviceId == null || !accounts.loggedIn(caller.id(), deviceId)) {
            throw new LworkFailure(NO_LOGIND);
        }
        return caller;
    }

    /** A call's caller from the web or a callback, which name no device: any device logged in to the account. */
    public Party anyDeviceCaller(String uuid) {
        Party caller = accounts.party(uuid).orElseThrow(() -> new LworkFailure(NO_LOGIND));
        if (!accounts.loggedInAnywhere(caller.id())) {
            throw new LworkFailure(NO_LOGIND);
        }
        return caller;
    }
}
