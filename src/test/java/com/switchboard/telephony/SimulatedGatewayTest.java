package com.switchboard.telephony;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/** The embedded default gateway against the gateway contract, with the README's test numbers. */
class SimulatedGatewayTest extends TelephonyGatewayContract {
    private ScheduledExecutorService scheduler;

    @Override
    protected TelephonyGateway create(Consumer<LegEvent> sink) {
        scheduler = Executors.newScheduledThreadPool(2);
        return new SimulatedGateway(sink, scheduler, new SimulatedGateway.Timing(Duration.ofMillis(20),
                Duration.ofMillis(100), Duration.ofMillis(600), Duration.ofMillis(100)));
    }

    @Override
    protected void dispose() {
        scheduler.shutdownNow();
    }

    @Override
    protected String answeringNumber() {
        return "13800001234";
    }

    @Override
    protected String busyNumber() {
        return "13800004860";
    }

    @Override
    protected String unansweredNumber() {
        return "13800000000";
    }

    @Override
    protected String rejectingNumber() {
        return "13800006030";
    }

    @Override
    protected LegId offerIncoming(String caller, String callee) {
        return ((SimulatedGateway) gateway).offer(caller, callee);
    }

    @Override
    protected void farEndHangsUp(LegId leg) {
        ((SimulatedGateway) gateway).farEndHangsUp(leg);
    }

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(5);
    }
}
