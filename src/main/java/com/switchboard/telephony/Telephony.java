package com.switchboard.telephony;

import com.switchboard.platform.bus.BusDelivery;
import com.switchboard.platform.bus.ClusterBus;
import com.switchboard.platform.tx.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.transaction.TransactionSynchronizationRegistry;


/**
 * This instance's gateway and the plumbing around it: legs are placed only once the call row that names them is
 * committed; every state event goes to the {@code telephony.events} queue, so any instance can apply it (media
 * stats are applied directly); hang-ups and
 * DTMF for a leg held by another instance reach it over {@code cluster.bus}.
 */
@ApplicationScoped
public class Telephony {
    static final String FEATURE = "telephony";

    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    ClusterBus bus;
    @Inject
    TelephonyGateway gateway;

    /** Places the leg when the current transaction commits (at once without one); nothing if it rolls back. */
    public void place(LegId leg, String number, String caller) {
        AfterCommit.run(transactions, () -> gateway.place(leg, number, caller));
    }

    /** Hangs the leg up wherever it is held, once the current transaction commits. */
    public void hangUp(LegId leg) {
        bus.publish(FEATURE, Jsons.createObjectBuilder().add("op", "hangup").add("leg", leg.value()).build());
    }

    /** Answers an offered inbound leg wherever it is held, once the current transaction commits. */
    public void answer(LegId leg) {
        bus.publish(FEATURE, Jsons.createObjectBuilder().add("op", "answer").add("leg", leg.value()).build());
    }

    /** Simulation: the caller of an offered leg hangs up, on whichever instance holds it. */
    public void farEndHangsUp(LegId leg) {
        bus.publish(FEATURE, Jsons.createObjectBuilder().add("op", "far-end-hangup").add("leg", leg.value()).build());
    }

    /** The simulated gateway, when it is the one in use (operators drive its inbound calls). */
    public java.util.Optional<SimulatedGateway> simulated() {
        return gateway instanceof SimulatedGateway s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    /** Sends DTMF on the leg here, or on the instance that holds it. */
    public void sendDtmf(LegId leg, String digits) {
        if (!gateway.sendDtmf(leg, digits)) {
            bus.publish(FEATURE, Jsons.createObjectBuilder().add("op", "dtmf").add("leg", leg.value())
                    .add("digits", digits).build());
        }
    }

    void onBus(@Observes BusDelivery delivery) {
        if (!delivery.is(FEATURE)) {
            return;
        }
        LegId leg = new LegId(delivery.body().getString("leg", ""));
        String op = delivery.body().getString("op", "");
        if ("hangup".equals(op)) {
            gateway.hangUp(leg);
        } else if ("answer".equals(op)) {
            gateway.answer(leg);
        } else if ("far-end-hangup".equals(op)) {
            simulated().ifPresent(g -> g.farEndHangsUp(leg));
        } else {
            gateway.sendDtmf(leg, delivery.body().getString("digits", ""));
        }
    }
}
