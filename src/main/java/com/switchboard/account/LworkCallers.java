package com.switchboard.account;

import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.LworkFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The one way lwork endpoints resolve their caller. A {@code uuid} is no credential, and neither is a device id: an
 * endpoint that acts on an account names a device logged in to it ({@link #loggedIn}), and a request that carries
 * the login's {@code session} (parameter or {@code Authorization: Bearer}) must carry that user's live session. With
 * {@code SWITCHBOARD_LWORK_REQUIRE_SESSION=true} a request without one is refused. Failures are voip.md §0.6's.
 */
@ApplicationScoped
public class LworkCallers {
    public static final String ACCOUNT_NOT_EXIST = "account_not_exist";
    public static final String NO_LOGIND = "no_logind";
    public static final String SESSION = "session";

    @Inject
    AccountDirectory accounts;
    @Inject
    AccountSettings settings;
    @Inject
    RequestParams params;

    /** The user of {@code uuid}, or {@code account_not_exist}; a presented session must be theirs. */
    public Party user(String uuid) {
        Party user = accounts.party(uuid).orElseThrow(() -> new LworkFailure(ACCOUNT_NOT_EXIST));
        requirePresented(user.id(), null, NO_LOGIND);
        return user;
    }

    /**
     * The H5 mail page's viewer: its signed {@code t} stands for the user (a browser has no session); unknown
     * {@code account_not_exist}.
     */
    public Party pageViewer(String uuid) {
        return accounts.party(uuid).orElseThrow(() -> new LworkFailure(ACCOUNT_NOT_EXIST));
    }

    /** The user of {@code uuid} with {@code deviceId} logged in to it; else {@code account_not_exist}/{@code no_logind}. */
    public Party loggedIn(String uuid, String deviceId) {
        Party user = accounts.party(uuid).orElseThrow(() -> new LworkFailure(ACCOUNT_NOT_EXIST));
        requireDevice(user, deviceId);
        return user;
    }

    /** A call's caller from an app (voip.md §2): an unknown uuid, or a device not logged in, is {@code no_logind}. */
    public Party caller(String uuid, String deviceId) {
        Party caller = accounts.party(uuid).orElseThrow(() -> new LworkFailure(NO_LOGIND));
        requireDevice(caller, deviceId);
        return caller;
    }

    /** A call's caller from the web or a callback, which name no device: any device logged in to the account. */
    public Party anyDeviceCaller(String uuid) {
        Party caller = accounts.party(uuid).orElseThrow(() -> new LworkFailure(NO_LOGIND));
        if (!accounts.loggedInAnywhere(caller.id())) {
            throw new LworkFailure(NO_LOGIND);
        }
        requirePresented(caller.id(), null, NO_LOGIND);
        return caller;
    }

    /** VOIP-25..29: the invitation's opdata acts for its callee; a presented session must be the callee's device's. */
    public void requireInvitee(Long calleeUserId) {
        requirePresented(calleeUserId, null, NO_LOGIND);
    }

    /** VOIP-33: a poll for (account, device) must carry that device's session when it carries one (else {@code unlogined}). */
    public void requirePolling(String account, String deviceId) {
        requireAccountSession(account, deviceId, "unlogined");
    }

    /** VOIP-34 names only the account: a presented session must be one of that account's devices. */
    public void requireAccountSession(String account, String deviceId, String reason) {
        Optional<String> presented = presented();
        if (presented.isEmpty()) {
            if (settings.requireSession) {
                throw new LworkFailure(reason);
            }
            return;
        }
        boolean theirs = accounts.sessionHolder(presented.get())
                .filter(h -> deviceId == null || h.deviceId().equals(deviceId))
                .flatMap(h -> accounts.party(h.userId()))
                .filter(p -> p.account().equals(account))
                .isPresent();
        if (!theirs) {
            throw new LworkFailure(reason);
        }
    }

    private void requireDevice(Party user, String deviceId) {
        if (deviceId == null || !accounts.loggedIn(user.id(), deviceId)) {
            throw new LworkFailure(NO_LOGIND);
        }
        requirePresented(user.id(), deviceId, NO_LOGIND);
    }

    private void requirePresented(Long userId, String deviceId, String reason) {
        Optional<String> presented = presented();
        if (presented.isEmpty()) {
            if (settings.requireSession) {
                throw new LworkFailure(reason);
            }
            return;
        }
        boolean theirs = accounts.sessionHolder(presented.get())
                .filter(h -> h.userId().equals(userId) && (deviceId == null || h.deviceId().equals(deviceId)))
                .isPresent();
        if (!theirs) {
            throw new LworkFailure(reason);
        }
    }

    private Optional<String> presented() {
        try {
            return params.credential(SESSION);
        } catch (ContextNotActiveException e) {
            return Optional.empty(); // not a request (a timer, a listener): nothing was presented
        }
    }
}
