package com.switchboard.platform.realtime;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A socket's outgoing queue: nobody waits for the client, order holds, a client that stops reading is closed. */
class LinkTest {
    static final TransactionSynchronizationRegistry NO_TRANSACTION = (TransactionSynchronizationRegistry)
            Proxy.newProxyInstance(LinkTest.class.getClassLoader(),
                    new Class<?>[]{TransactionSynchronizationRegistry.class}, (p, m, args) -> null);

    /** Runs what it is given at once, on the caller's thread. */
    static final ManagedExecutorService DIRECT = (ManagedExecutorService) Proxy.newProxyInstance(
            LinkTest.class.getClassLoader(), new Class<?>[]{ManagedExecutorService.class}, (p, m, args) -> {
                if (m.getName().equals("execute")) {
                    ((Runnable) args[0]).run();
                    return null;
                }
                throw new UnsupportedOperationException(m.getName());
            });

    /** The payload of the last ping any test socket sent (to answer it as a client would). */
    static final java.util.concurrent.atomic.AtomicReference<java.nio.ByteBuffer> PINGS =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Bigger than the credit: always the asynchronous path. */
    private static final String BIG = "b".repeat((int) Link.CREDIT + 1);

    static RealtimeSettings settings(int frames, long bytes, long writeTimeoutSeconds) {
        RealtimeSettings s = new RealtimeSettings();
        s.queueFrames = frames;
        s.queueBytes = bytes;
        s.writeTimeoutSeconds = writeTimeoutSeconds;
        return s;
    }

    /** An open socket whose writes complete at once, keeping what it is sent (pings as "ping", closes as "close:code"). */
    static Session session(List<String> received) {
        return session(received, null);
    }

    /** With {@code later}, completions wait there until the test runs them: a client reading slowly. */
    static Session session(List<String> received, ArrayDeque<Runnable> later) {
        RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(LinkTest.class.getClassLoader(),
                new Class<?>[]{RemoteEndpoint.Async.class}, (p, m, args) -> {
                    if (m.getName().equals("sendText")) {
                        received.add((String) args[0]);
                        SendHandler handler = (SendHandler) args[1];
                        if (later == null) {
                            handler.onResult(new SendResult());
                        } else {
                            later.add(() -> handler.onResult(new SendResult()));
                        }
                    }
                    return null;
                });
        RemoteEndpoint.Basic basic = (RemoteEndpoint.Basic) Proxy.newProxyInstance(LinkTest.class.getClassLoader(),
                new Class<?>[]{RemoteEndpoint.Basic.class}, (p, m, args) -> {
                    if (m.getName().equals("sendPing")) {
                        received.add("ping");
                        PINGS.set((java.nio.ByteBuffer) args[0]);
                    } else if (m.getName().equals("sendText")) {
                        // a client sees the same frame either way; the tests of the two paths tell them apart
                        received.add((later == null ? "" : "direct:") + args[0]);
                    }
                    return null;
                });
        boolean[] open = {true};
        return (Session) Proxy.newProxyInstance(LinkTest.class.getClassLoader(), new Class<?>[]{Session.class},
                (p, m, args) -> switch (m.getName()) {
                    case "isOpen" -> open[0];
                    case "getAsyncRemote" -> async;
                    case "getBasicRemote" -> basic;
                    case "close" -> {
                        open[0] = false;
                        received.add("close:" + ((CloseReason) args[0]).getCloseCode().getCode());
                        yield null;
                    }
                    default -> null;
                });
    }

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final ArrayDeque<Runnable> later = new ArrayDeque<>();
    private final AtomicInteger slow = new AtomicInteger();

    private Link link(int frames, long bytes) {
        return new Link("c1", session(received, later), new Link.Limits(frames, bytes, 2_000), DIRECT,
                slow::incrementAndGet);
    }

    private void completeAll() {
        for (Runnable r = later.poll(); r != null; r = later.poll()) {
            r.run();
        }
    }

    @Test
    void framesSentWhileOneIsInFlightWaitAndGoOutInOrder() {
        Link link = link(100, 1 << 20);
        assertTrue(link.send(BIG)); // no credit for it: the asynchronous send, left in flight
        for (int i = 0; i < 10; i++) {
            assertTrue(link.send("f" + i));
        }
        assertEquals(List.of(BIG), received, "one write in flight at a time");
        link.ping();
        link.send("f10");
        completeAll();
        List<String> expected = new ArrayList<>(List.of(BIG));
        for (int i = 0; i < 10; i++) {
            expected.add("f" + i);
        }
        expected.add("ping");
        expected.add("f10");
        assertEquals(expected, received);
        assertFalse(link.stalled(System.currentTimeMillis()));
    }

    @Test
    void aClientThatStopsReadingIsClosedAsTooSlowOnceItsQueueIsFull() {
        Link link = link(5, 1 << 20);
        assertTrue(link.send(BIG));
        for (int i = 0; i < 5; i++) {
            assertTrue(link.send("q" + i));
        }
        assertFalse(link.send("one too many"), "the sixth waiting frame is refused");
        assertEquals(List.of(BIG, "close:1008"), received);
        assertEquals(1, slow.get());
        assertFalse(link.send("after"), "nothing more once closing");
        completeAll();
        assertEquals(List.of(BIG, "close:1008"), received, "what waited was dropped");
    }

    @Test
    void theByteBoundCountsUtf8() {
        Link link = link(100, 1024);
        link.send(BIG);
        assertTrue(link.send("好".repeat(300)), "900 bytes fit");
        assertFalse(link.send("好".repeat(50)), "150 more do not");
        assertEquals(1, slow.get());
    }

    @Test
    void aWriteInFlightPastTheWriteTimeoutIsStalled() {
        Link link = link(100, 1 << 20);
        link.send(BIG); // never completes
        long now = System.currentTimeMillis();
        assertFalse(link.stalled(now + 1_000));
        assertTrue(link.stalled(now + 2_500));
        link.closeNow(Link.TOO_SLOW);
        link.closeNow(Link.TOO_SLOW);
        assertEquals(List.of(BIG, "close:1008"), received, "closed once");
        assertEquals(1, slow.get());
    }

    @Test
    void aCloseGoesOutAfterTheFramesBeforeIt() {
        Link link = link(100, 1 << 20);
        link.send(BIG);
        link.send("last");
        link.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "room closed"));
        assertFalse(link.send("too late"));
        completeAll();
        assertEquals(List.of(BIG, "last", "close:1000"), received);
    }

    @Test
    void writesThatCompleteOnTheSendersThreadLeaveNothingInFlight() {
        Link link = new Link("c2", session(received), new Link.Limits(100, 1 << 20, 2_000), DIRECT, () -> {
        });
        for (int i = 0; i < 1_000; i++) {
            assertTrue(link.send("f"));
        }
        assertEquals(1_000, received.size());
        assertFalse(link.stalled(System.currentTimeMillis() + 60_000));
    }

    @Test
    void aClientThatProvesItReadsIsWrittenOnTheCallersThreadAndOneThatStopsGoesAsynchronous() {
        Link link = link(100, 1 << 20);
        String kb = "k".repeat(1024);
        for (int i = 0; i < 8; i++) {
            assertTrue(link.send(kb));
        }
        assertEquals(List.of("direct:" + kb, "direct:" + kb, "direct:" + kb, "direct:" + kb, "direct:" + kb, "ping",
                "direct:" + kb, "direct:" + kb, "direct:" + kb), received,
                "8 KB of credit, asked to be renewed past half of it");
        java.nio.ByteBuffer ping = PINGS.get().duplicate();
        link.pong(java.nio.ByteBuffer.allocate(8).putLong(0, 42L)); // unsolicited or forged: proves nothing
        assertTrue(link.send(kb));
        assertEquals(kb, received.get(received.size() - 1), "no credit left: the asynchronous send");
        completeAll();
        link.pong(ping); // the echo of the ping: all before it was read
        received.clear();
        assertTrue(link.send("after the proof"));
        assertEquals("direct:after the proof", received.get(0));
    }
}
