package com.switchboard.telephony;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The embedded default gateway: no network, deterministic by the called number's ending, so every call state
 * machine can be driven from a test or by hand.
 * <ul>
 *     <li>{@code …0000} rings and is never answered: released {@code NO_ANSWER} after the no-answer timeout;</li>
 *     <li>{@code …4860} is busy: released {@code BUSY} without ringing;</li>
 *     <li>{@code …6030} rings, then rejects: released {@code REJECTED};</li>
 *     <li>any other well-formed number rings, answers after {@code answerAfter} (about 0.5 s) and stays up until
 *     hung up, reporting plausible media statistics every {@code statsEvery};</li>
 *     <li>a malformed number fails: released {@code FAILED}.</li>
 * </ul>
 * Calls from the network are simulated with {@link #offer}: the leg rings until {@link #answer answered}, hung up by
 * us, or hung up by the far end ({@link #farEndHangsUp}).
 */
public final class SimulatedGateway implements TelephonyGateway {
    /** How long each simulated step takes. */
    public record Timing(Duration ringAfter, Duration answerAfter, Duration noAnswerAfter, Duration statsEvery) {
        public static Timing standard() {
            return new Timing(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(60),
                    Duration.ofSeconds(1));
        }
    }

    private enum State { TRYING, RINGING, ANSWERED, RELEASED }

    private final class Leg {
        final LegId id;
        final String number;
        boolean inbound;
        State state = State.TRYING;
        ScheduledFuture<?> stats;
        long packets;

        Leg(LegId id, String number) {
            this.id = id;
            this.number = number;
        }

        /** Moves on only from {@code from}: a hang-up that came first wins over a scheduled step. */
        synchronized boolean move(State from, State to, LegEvent event) {
            if (state != from) {
                return false;
            }
            state = to;
            sink.accept(event);
            if (to == State.RELEASED) {
                legs.remove(id);
                if (stats != null) {
                    stats.cancel(false);
                }
            }
            return true;
        }

        synchronized void release(ReleaseCause cause) {
            if (state == State.RELEASED) {
                return;
            }
            move(state, State.RELEASED, new LegEvent.Released(id, cause));
        }

        synchronized void reportStats() {
            if (state != State.ANSWERED) {
                return;
            }
            packets += 50; // 20 ms packetisation for one second
            long lost = packets / 400;
            int n = (int) (packets % 7);
            sink.accept(new LegEvent.Stats(id, new LegEvent.MediaStats("192.0.2.10", packets, lost,
                    8.0 + n, 6.0 + n, 42.0 + n, 40.0 + n, 100.0 * lost / packets, 5.0 + n, 0.2, "good", "mos=4.2")));
        }
    }

    private final Consumer<LegEvent> sink;
    private final ScheduledExecutorService scheduler;
    private final Timing timing;
    private final Map<LegId, Leg> legs = new ConcurrentHashMap<>();

    public SimulatedGateway(Consumer<LegEvent> sink, ScheduledExecutorService scheduler, Timing timing) {
        this.sink = sink;
        this.scheduler = scheduler;
        this.timing = timing;
    }

    @Override
    public void place(LegId id, String number, String caller) {
        Leg leg = new Leg(id, number == null ? "" : number);
        if (legs.putIfAbsent(id, leg) != null) {
            throw new IllegalArgumentException("leg " + id.value() + " already placed");
        }
        scheduler.execute(() -> {
            if (!leg.move(State.TRYING, State.TRYING, new LegEvent.Trying(id))) {
                return; // hung up before it started
            }
            if (!leg.number.matches("\\+?[0-9]{3,32}")) {
                leg.release(ReleaseCause.FAILED);
            } else if (leg.number.endsWith("4860")) {
                after(timing.ringAfter(), () -> leg.release(ReleaseCause.BUSY));
            } else {
                after(timing.ringAfter(), () -> ring(leg));
            }
        });
    }

    private void ring(Leg leg) {
        if (!leg.move(State.TRYING, State.RINGING, new LegEvent.Ringing(leg.id))) {
            return;
        }
        if (leg.number.endsWith("0000")) {
            after(timing.noAnswerAfter(), () -> leg.release(ReleaseCause.NO_ANSWER));
        } else if (leg.number.endsWith("6030")) {
            after(timing.answerAfter(), () -> leg.release(ReleaseCause.REJECTED));
        } else {
            after(timing.answerAfter(), () -> answer(leg));
        }
    }

    private void answer(Leg leg) {
        synchronized (leg) {
            if (leg.move(State.RINGING, State.ANSWERED, new LegEvent.Answered(leg.id))) {
                long every = timing.statsEvery().toMillis();
                leg.stats = scheduler.scheduleAtFixedRate(leg::reportStats, every, every, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** A call from {@code caller} to {@code callee} arrives from the network; returns the leg it rings on. */
    public LegId offer(String caller, String callee) {
        LegId id = new LegId("in/" + UUID.randomUUID());
        Leg leg = new Leg(id, callee == null ? "" : callee);
        leg.inbound = true;
        legs.put(id, leg);
        scheduler.execute(() -> leg.move(State.TRYING, State.RINGING, new LegEvent.Offered(id, caller, callee)));
        return id;
    }

    @Override
    public void answer(LegId id) {
        Leg leg = legs.get(id);
        if (leg != null && leg.inbound) {
            answer(leg);
        }
    }

    /** The caller of an offered leg hangs up. */
    public void farEndHangsUp(LegId id) {
        Leg leg = legs.get(id);
        if (leg != null) {
            synchronized (leg) {
                leg.release(leg.state == State.ANSWERED ? ReleaseCause.NORMAL : ReleaseCause.CANCELLED);
            }
        }
    }

    @Override
    public void hangUp(LegId id) {
        Leg leg = legs.get(id);
        if (leg != null) {
            synchronized (leg) {
                leg.release(leg.state == State.ANSWERED ? ReleaseCause.NORMAL : ReleaseCause.CANCELLED);
            }
        }
    }

    @Override
    public boolean sendDtmf(LegId id, String digits) {
        Leg leg = legs.get(id);
        if (leg == null || digits == null || !digits.matches("[0-9*#A-D]+")) {
            return false;
        }
        synchronized (leg) {
            return leg.state == State.ANSWERED;
        }
    }

    private void after(Duration delay, Runnable step) {
        scheduler.schedule(step, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
