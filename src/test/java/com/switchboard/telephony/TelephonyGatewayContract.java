package com.switchboard.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link TelephonyGateway} must do (DESIGN.md §5), run against each implementation by a subclass that
 * says how to build it and which numbers answer, are busy, never answer and reject on its network.
 */
public abstract class TelephonyGatewayContract {
    private static final Set<String> STATS_KEYS = Set.of("ip", "pr", "pl", "avgIJ", "jitter", "avgrttms", "rttms",
            "lostrate", "down_jitter", "down_lostrate", "total_eval", "detail_eval");

    protected final BlockingQueue<LegEvent> events = new LinkedBlockingQueue<>();
    protected TelephonyGateway gateway;

    /** A gateway that reports every event to {@code sink}. */
    protected abstract TelephonyGateway create(java.util.function.Consumer<LegEvent> sink);

    protected abstract void dispose();

    protected abstract String answeringNumber();

    protected abstract String busyNumber();

    protected abstract String unansweredNumber();

    protected abstract String rejectingNumber();

    /** Makes a call from the network to {@code callee} arrive at the gateway; returns the leg it names. */
    protected abstract LegId offerIncoming(String caller, String callee);

    /** The far end of an offered call hangs up. */
    protected abstract void farEndHangsUp(LegId leg);

    /** Longer than the gateway's no-answer timeout as configured for the test. */
    protected abstract Duration patience();

    @BeforeEach
    void start() {
        gateway = create(events::add);
    }

    @AfterEach
    void stop() {
        dispose();
    }

    @Test
    void anAnsweredLegTriesRingsAnswersReportsStatsAndReleasesNormallyWhenHungUp() {
        LegId leg = newLeg();
        gateway.place(leg, answeringNumber(), "13800000000");
        assertInstanceOf(LegEvent.Trying.class, next(leg));
        assertInstanceOf(LegEvent.Ringing.class, next(leg));
        assertInstanceOf(LegEvent.Answered.class, next(leg));
        LegEvent.Stats stats = assertInstanceOf(LegEvent.Stats.class, next(leg));
        assertEquals(STATS_KEYS, stats.stats().toJson().keySet());
        double lostrate = stats.stats().lostrate();
        assertTrue(lostrate >= 0 && lostrate <= 100, "lostrate in percent: " + lostrate);
        assertTrue(gateway.sendDtmf(leg, "1*#"));
        gateway.hangUp(leg);
        assertEquals(ReleaseCause.NORMAL, released(leg));
        assertFalse(gateway.sendDtmf(leg, "1"), "no DTMF on a released leg");
        gateway.hangUp(leg); // released legs: no-op
        assertQuiet(leg);
    }

    @Test
    void aBusyNumberReleasesBusy() {
        LegId leg = newLeg();
        gateway.place(leg, busyNumber(), "");
        assertEquals(ReleaseCause.BUSY, released(leg));
        assertQuiet(leg);
    }

    @Test
    void aRejectingNumberRingsThenReleasesRejected() {
        LegId leg = newLeg();
        gateway.place(leg, rejectingNumber(), "");
        assertInstanceOf(LegEvent.Trying.class, next(leg));
        assertInstanceOf(LegEvent.Ringing.class, next(leg));
        assertEquals(ReleaseCause.REJECTED, released(leg));
    }

    @Test
    void anUnansweredNumberRingsUntilTheTimeout() {
        LegId leg = newLeg();
        gateway.place(leg, unansweredNumber(), "");
        assertInstanceOf(LegEvent.Trying.class, next(leg));
        assertInstanceOf(LegEvent.Ringing.class, next(leg));
        assertFalse(gateway.sendDtmf(leg, "5"), "no DTMF before the answer");
        LegEvent last = next(leg, patience());
        assertEquals(new LegEvent.Released(leg, ReleaseCause.NO_ANSWER), last);
    }

    @Test
    void hangingUpWhileRingingCancels() {
        LegId leg = newLeg();
        gateway.place(leg, unansweredNumber(), "");
        assertInstanceOf(LegEvent.Trying.class, next(leg));
        assertInstanceOf(LegEvent.Ringing.class, next(leg));
        gateway.hangUp(leg);
        assertEquals(new LegEvent.Released(leg, ReleaseCause.CANCELLED), next(leg));
        assertQuiet(leg);
    }

    @Test
    void aMalformedNumberFails() {
        LegId leg = newLeg();
        gateway.place(leg, "not-a-number", "");
        assertEquals(ReleaseCause.FAILED, released(leg));
    }

    @Test
    void legsAreIndependentAndUnknownLegsAreIgnored() {
        LegId one = newLeg();
        LegId two = newLeg();
        gateway.place(one, answeringNumber(), "");
        gateway.place(two, busyNumber(), "");
        assertEquals(ReleaseCause.BUSY, released(two));
        gateway.hangUp(new LegId("unknown"));
        assertFalse(gateway.sendDtmf(new LegId("unknown"), "1"));
        awaitAnswered(one);
        gateway.hangUp(one);
        assertEquals(ReleaseCause.NORMAL, released(one));
    }

    @Test
    void anOfferedCallRingsUntilWeAnswerThenCarriesStatsUntilHungUp() {
        LegId leg = offerIncoming("02150001234", "13800001234");
        assertEquals(new LegEvent.Offered(leg, "02150001234", "13800001234"), next(leg));
        assertFalse(gateway.sendDtmf(leg, "1"), "no DTMF before the answer");
        gateway.answer(leg);
        assertInstanceOf(LegEvent.Answered.class, next(leg));
        assertInstanceOf(LegEvent.Stats.class, next(leg));
        gateway.hangUp(leg);
        assertEquals(ReleaseCause.NORMAL, released(leg));
    }

    @Test
    void anOfferedCallItsCallerAbandonsIsCancelledAndCannotBeAnswered() {
        LegId leg = offerIncoming("02150001234", "13800001234");
        assertInstanceOf(LegEvent.Offered.class, next(leg));
        farEndHangsUp(leg);
        assertEquals(new LegEvent.Released(leg, ReleaseCause.CANCELLED), next(leg));
        gateway.answer(leg);
        assertQuiet(leg);
    }

    // --- helpers: events of other legs are kept aside, not lost ---

    private final List<LegEvent> aside = new ArrayList<>();

    protected static LegId newLeg() {
        return new LegId(UUID.randomUUID().toString());
    }

    protected LegEvent next(LegId leg) {
        return next(leg, Duration.ofSeconds(10));
    }

    protected LegEvent next(LegId leg, Duration wait) {
        for (LegEvent e : aside) {
            if (e.leg().equals(leg)) {
                aside.remove(e);
                return e;
            }
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                LegEvent e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertNotNull(e, "no event for " + leg + " within " + wait);
                if (e.leg().equals(leg)) {
                    return e;
                }
                aside.add(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Skips progress and stats events up to the release, returns its cause. */
    protected ReleaseCause released(LegId leg) {
        while (true) {
            LegEvent e = next(leg);
            if (e instanceof LegEvent.Released r) {
                return r.cause();
            }
        }
    }

    private void awaitAnswered(LegId leg) {
        while (!(next(leg) instanceof LegEvent.Answered)) {
            // Trying, Ringing
        }
    }

    /** After the release nothing more comes for the leg: a bounded look, the release being the last event. */
    private void assertQuiet(LegId leg) {
        try {
            LegEvent late = events.poll(300, TimeUnit.MILLISECONDS);
            assertNull(late == null || !late.leg().equals(leg) ? null : late, "event after release");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
