package com.switchboard.heihei.live;

import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.SocialService;
import com.switchboard.heihei.wallet.HeiheiWalletService;
import com.switchboard.heihei.wallet.Wallet;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;

/** Finding lives (731 when there is none) and the anchor checks (711), shared by the live services. */
@Dependent
public class Lives {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Live and room ids are random in [1e12, 2^53): unguessable, and exact in a JavaScript number. */
    static final long ID_FLOOR = 1_000_000_000_000L;
    static final long ID_CEILING = 1L << 53;

    @PersistenceContext
    EntityManager em;
    @Inject
    StreamAddresses addresses;
    @Inject
    HeiheiUsers users;
    @Inject
    SocialService social;
    @Inject
    HeiheiWalletService wallets;

    static long newId() {
        return ID_FLOOR + (long) (RANDOM.nextDouble() * (ID_CEILING - ID_FLOOR));
    }

    /** The live, whatever its status, or 731. */
    public Live get(long liveId) {
        Live live = em.find(Live.class, liveId);
        if (live == null) {
            throw invalid();
        }
        return live;
    }

    public java.util.Optional<Live> find(long liveId) {
        return java.util.Optional.ofNullable(em.find(Live.class, liveId));
    }

    /** The live under its row lock, or 731. */
    public Live locked(long liveId) {
        Live live = em.find(Live.class, liveId, LockModeType.PESSIMISTIC_WRITE);
        if (live == null) {
            throw invalid();
        }
        return live;
    }

    /** A live that is not deleted or banned (731 otherwise). */
    public Live shown(long liveId) {
        Live live = get(liveId);
        if (live.status() == Live.DELETED || live.status() == Live.BANNED) {
            throw invalid();
        }
        return live;
    }

    /** A live that is unclosed (status 0 or 1), or 731. */
    public Live open(long liveId) {
        Live live = get(liveId);
        if (!live.unclosed()) {
            throw invalid();
        }
        return live;
    }

    /** The caller's own live under its lock: 731 unknown, 711 someone else's. */
    public Live anchored(long caller, long liveId) {
        Live live = locked(liveId);
        if (live.userId() != caller) {
            throw new HeiheiFailure(711, "权限不足");
        }
        return live;
    }

    /** The anchor's own view: with the push address. */
    public LiveJson.View forAnchor(Live live) {
        return new LiveJson.View(live, addresses, addresses.push(live, Instant.now()), null, false,
                earned(live.userId()));
    }

    /** Anyone else's view, with the anchor's card for lists. */
    public LiveJson.View forViewer(Live live, long viewer, boolean withAnchor) {
        HeiheiUser anchor = withAnchor ? users.get(live.userId()) : null;
        boolean followed = withAnchor && social.follows(viewer, live.userId());
        return new LiveJson.View(live, addresses, null, anchor, followed, earned(live.userId()));
    }

    /** The anchor's view when the caller is the anchor, otherwise the viewer's. */
    public LiveJson.View view(Live live, long caller) {
        return live.userId() == caller ? forAnchor(live) : forViewer(live, caller, false);
    }

    public HeiheiUser anchor(Live live) {
        return users.get(live.userId());
    }

    public boolean follows(long viewer, long userId) {
        return viewer != userId && social.follows(viewer, userId);
    }

    /** OBJ-SHARE of the live. */
    public jakarta.json.JsonObject share(Live live) {
        return LiveJson.share(live, addresses, users.get(live.userId()));
    }

    /** Tickets the anchor has received in all ({@code totalTickets}). */
    long earned(long userId) {
        return wallets.find(userId).map(Wallet::allEarnPoint).orElse(0L);
    }

    static HeiheiFailure invalid() {
        return new HeiheiFailure(731, "直播无效或被删除");
    }
}
