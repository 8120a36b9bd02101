package com.switchboard.platform.realtime;

import com.switchboard.platform.bus.BusDelivery;
import com.switchboard.platform.bus.ClusterBus;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two instances joined by a bus that hands each published message to both, as the cluster topic does. */
class RealtimeRegistryTest {
    private final List<RealtimeRegistry> cluster = new CopyOnWriteArrayList<>();
    private final List<JsonObject> published = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger slow = new java.util.concurrent.atomic.AtomicInteger();
    private final RealtimeRegistry a = instance();
    private final RealtimeRegistry b = instance();
    private final Owner user = new Owner("heihei", "42");
    private final Owner other = new Owner("heihei", "43");

    private RealtimeRegistry instance() {
        RealtimeRegistry r = new RealtimeRegistry();
        r.frameMetrics = new CountingFrameMetrics();
        r.settings = LinkTest.settings(1000, 1 << 20, 10);
        r.executor = LinkTest.DIRECT;
        r.transactions = LinkTest.NO_TRANSACTION;
        r.slowClosed = n -> slow.addAndGet((int) n);
        r.bus = new ClusterBus() {
            @Override
            public void publish(String feature, JsonObject body) {
                published.add(body);
                cluster.forEach(peer -> peer.onBus(new BusDelivery(feature, body)));
            }
        };
        cluster.add(r);
        return r;
    }

    /** An open socket that keeps what it is sent. */
    private static Link socket(RealtimeRegistry on, Owner owner, List<String> received) {
        Link link = on.open(LinkTest.session(received), RealtimeRegistry.newConnectionId(), 4096);
        on.attach(owner, link, false);
        return link;
    }

    @Test
    void anOwnersSocketsOnEveryInstanceJoinAndLeaveATopic() {
        List<String> onA = new CopyOnWriteArrayList<>();
        List<String> onB = new CopyOnWriteArrayList<>();
        List<String> bystander = new CopyOnWriteArrayList<>();
        socket(a, user, onA);
        socket(b, user, onB);
        socket(b, other, bystander);

        a.subscribeOwner(user, "hh-live:7");
        b.toTopic("hh-live:7", "frame-1", null, FanOut.EVERY_INSTANCE);
        assertEquals(List.of("frame-1"), onA);
        assertEquals(List.of("frame-1"), onB);
        assertEquals(List.of(), bystander);

        b.unsubscribeOwner(user, "hh-live:7");
        a.toTopic("hh-live:7", "frame-2", null, FanOut.EVERY_INSTANCE);
        assertEquals(List.of("frame-1"), onA);
        assertEquals(List.of("frame-1"), onB);
    }

    @Test
    void aDroppedTopicReachesNobodyAndTheSocketsStayUsable() {
        List<String> onA = new CopyOnWriteArrayList<>();
        List<String> onB = new CopyOnWriteArrayList<>();
        socket(a, user, onA);
        socket(b, other, onB);
        a.subscribeOwner(user, "hh-chat:9");
        b.subscribeOwner(other, "hh-chat:9");
        a.toTopic("hh-chat:9", "hello", null, FanOut.EVERY_INSTANCE);
        b.dropTopic("hh-chat:9");
        a.toTopic("hh-chat:9", "after the end", null, FanOut.EVERY_INSTANCE);
        a.toOwner(other, "direct", FanOut.EVERY_INSTANCE);
        assertEquals(List.of("hello"), onA);
        assertEquals(List.of("hello", "direct"), onB);
    }

    @Test
    void aloneAnInstanceSendsNoBusMessageForSocketsItHoldsButStillForOthers() {
        List<String> onA = new CopyOnWriteArrayList<>();
        socket(a, user, onA);
        a.peersAlive(false);
        a.toOwner(user, "local", FanOut.EVERY_INSTANCE);
        assertEquals(List.of("local"), onA);
        assertEquals(List.of(), published);
        a.toOwner(other, "maybe on an instance just started", FanOut.EVERY_INSTANCE);
        assertEquals(1, published.size());
        a.peersAlive(true);
        a.toOwner(user, "local again", FanOut.EVERY_INSTANCE);
        assertEquals(2, published.size());
    }

    @Test
    void eachSocketIsPingedOnceInEveryRoundOfShares() {
        SocketWatch watch = new SocketWatch();
        watch.registry = a;
        List<List<String>> sockets = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> received = new CopyOnWriteArrayList<>();
            socket(a, new Owner("heihei", "u" + i), received);
            sockets.add(received);
        }
        watch.check(7, 5, 60_000);
        List<Integer> firstShare = java.util.stream.IntStream.range(0, 40).filter(i -> !sockets.get(i).isEmpty())
                .boxed().toList();
        for (long tick = 8; tick < 12; tick++) {
            watch.check(tick, 5, 60_000);
        }
        sockets.forEach(received -> assertEquals(List.of("ping"), received, "once per round"));
        watch.check(12, 5, 60_000); // the next round begins with the same share
        assertEquals(firstShare, java.util.stream.IntStream.range(0, 40).filter(i -> sockets.get(i).size() == 2)
                .boxed().toList());
    }

    /** Counts in memory what the server counts on /metrics. */
    private static final class CountingFrameMetrics extends TopicFrameMetrics {
        int published;
        int received;

        @Override
        void published() {
            published++;
        }

        @Override
        void received() {
            received++;
        }
    }
}
