package com.switchboard.platform.realtime;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open socket of this instance, with the time anything last arrived on it, and its outgoing queue.
 *
 * <p>No caller ever waits for the client. A socket whose client has proven it reads (its pong echoed a ping sent
 * after all but {@link #CREDIT} bytes) is written with the blocking send on the caller's thread, which then cannot
 * wait: those bytes fit the kernel's smallest send buffer. Otherwise a frame goes to the container's asynchronous send
 * when nothing is in flight, and queues behind the frame in flight; each completion sends the next. (The blocking
 * path costs a third less CPU per frame on Liberty, whose asynchronous send always hands the write to another
 * thread.) Pings and closes, which
 * the WebSocket API only offers as blocking calls, run on the executor, in order with the frames. A socket whose
 * queue passes its bound, or whose write has been in flight past the write timeout, is closed with {@link #TOO_SLOW}:
 * its client stopped reading, and it reconnects.
 */
public final class Link {
    private static final Logger LOG = Logger.getLogger(Link.class.getName());
    /** Close code and reason for a socket whose client does not read what it is sent. */
    public static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "too slow");
    private static final CloseReason WRITE_FAILED = new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY,
            "write failed");
    private static final Object PING = new Object();
    /** Bytes written and not yet proven read below which a blocking write cannot wait for the client. */
    static final long CREDIT = 8 * 1024;
    private static final java.security.SecureRandom SEEDS = new java.security.SecureRandom();

    /** Bounds of one socket's outgoing queue (frames waiting behind the one in flight). */
    public record Limits(int frames, long bytes, long writeTimeoutMillis) {
    }

    private final String id;
    private final Session session;
    private final Limits limits;
    private final Executor executor;
    private final Runnable tooSlow;
    private final SendHandler written = this::written;
    private volatile long lastSeen = System.currentTimeMillis();
    /** Set when the server closed the socket's topic (e.g. a signaling room whose call ended). */
    private volatile boolean topicClosed;
    /** What the socket was opened with (a hash of the sign-in token): it closes when that ends. */
    private volatile String signIn;

    // guarded by this
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private long queuedBytes;
    /** A write (frame, ping or close) is in flight; what is sent meanwhile queues. */
    private boolean writing;
    private long writingSince;
    /** The thread that started the write in flight is still inside the container's send call. */
    private boolean starting;
    /** The write in flight completed while {@link #starting}: its starter sends the next. */
    private boolean completed;
    private boolean pingQueued;
    /** Bytes handed to the container; those the client has proven it read; {@code sent} when the ping went out. */
    private long sent;
    private long proven;
    private long pingAt = -1;
    /** The outstanding ping's payload: only a pong echoing it proves anything (unsolicited pongs do not). */
    private long pingToken;
    private final java.util.SplittableRandom tokens = new java.util.SplittableRandom(SEEDS.nextLong());
    /** A close was asked for: nothing more is accepted. */
    private boolean closing;
    /** The close itself was handed to the executor. */
    private boolean closeStarted;

    /** @param tooSlow told each time a socket is closed as {@link #TOO_SLOW} */
    Link(String id, Session session, Limits limits, Executor executor, Runnable tooSlow) {
        this.id = id;
        this.session = session;
        this.limits = limits;
        this.executor = executor;
        this.tooSlow = tooSlow;
        if (limits.writeTimeoutMillis() > 0) {
            session.getAsyncRemote().setSendTimeout(limits.writeTimeoutMillis());
        }
    }

    public String id() {
        return id;
    }

    public void seen() {
        lastSeen = System.currentTimeMillis();
    }

    long lastSeen() {
        return lastSeen;
    }

    public void session(String key) {
        signIn = key;
    }

    public String session() {
        return signIn;
    }

    public boolean topicClosed() {
        return topicClosed;
    }

    void markTopicClosed() {
        topicClosed = true;
    }

    /** Sends a text frame without waiting for the client; false when the socket is closing or was too slow. */
    public boolean send(String text) {
        synchronized (this) {
            if (closing) {
                return false;
            }
            if (writing) {
                return enqueue(text);
            }
            writing = true;
        }
        pump(text);
        return true;
    }

    /** A ping whose echo proves the client read what was sent before it. Holding this. */
    private ByteBuffer newPing() {
        pingAt = sent;
        pingToken = tokens.nextLong();
        return ByteBuffer.allocate(Long.BYTES).putLong(0, pingToken);
    }

    /** A pong arrived: the client is alive, and if it echoes the outstanding ping it read all before that ping. */
    void pong(ByteBuffer data) {
        seen();
        synchronized (this) {
            if (pingAt >= 0 && data != null && data.remaining() == Long.BYTES
                    && data.getLong(data.position()) == pingToken) {
                proven = pingAt;
                pingAt = -1;
            }
        }
    }

    /** A server ping, in order with the frames; a ping already waiting is enough. */
    void ping() {
        synchronized (this) {
            if (closing || pingQueued) {
                return;
            }
            if (writing) {
                pingQueued = true;
                queue.add(PING);
                return;
            }
            writing = true;
        }
        pump(PING);
    }

    /** Closes the socket once what was sent before has been written. */
    public void close(CloseReason reason) {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            if (writing) {
                queue.add(reason);
                return;
            }
            writing = true;
        }
        pump(reason);
    }

    /** Closes the socket now, dropping what waits (idle, too slow, write failed). */
    void closeNow(CloseReason reason) {
        synchronized (this) {
            closing = true;
            queue.clear();
            queuedBytes = 0;
            if (closeStarted) {
                return;
            }
            closeStarted = true;
        }
        if (reason == TOO_SLOW) {
            tooSlow.run();
        }
        submitClose(reason);
    }

    /** Whether a write has been in flight for longer than the write timeout (the client stopped reading). */
    synchronized boolean stalled(long now) {
        return writing && limits.writeTimeoutMillis() > 0 && now - writingSince > limits.writeTimeoutMillis();
    }

    private boolean enqueue(String text) { // holding this
        long size = utf8Length(text);
        if (queue.size() >= limits.frames() || queuedBytes + size > limits.bytes()) {
            LOG.fine(() -> "socket " + id + " too slow: " + queue.size() + " frames, " + queuedBytes + " bytes wait");
            closing = true;
            queue.clear();
            queuedBytes = 0;
            if (!closeStarted) {
                closeStarted = true;
                tooSlow.run();
                submitClose(TOO_SLOW);
            }
            return false;
        }
        queue.add(text);
        queuedBytes += size;
        return true;
    }

    /** The next item to write, or none (and nothing is in flight any more). Holding this. */
    private Object next() {
        Object item = queue.poll();
        if (item == null) {
            writing = false;
        } else if (item instanceof String text) {
            queuedBytes -= utf8Length(text);
        } else if (item == PING) {
            pingQueued = false;
        }
        return item;
    }

    private synchronized Object nextItem() {
        return next();
    }

    /** Writes items until one is left in flight or none waits; called with {@code writing} set. */
    private void pump(Object item) {
        while (item != null) {
            if (item instanceof String text) {
                long size = utf8Length(text);
                boolean covered;
                ByteBuffer ping = null;
                synchronized (this) {
                    covered = sent - proven + size <= CREDIT;
                    sent += size;
                    writingSince = System.currentTimeMillis();
                    if (covered && pingAt < 0 && sent - proven > CREDIT / 2) {
                        ping = newPing(); // asks for the proof before the credit runs out
                    }
                    starting = !covered;
                    completed = false;
                }
                if (covered) { // cannot wait: the kernel holds this much whether the client reads or not
                    try {
                        session.getBasicRemote().sendText(text);
                        if (ping != null) {
                            session.getBasicRemote().sendPing(ping);
                        }
                    } catch (IOException | RuntimeException e) {
                        failed(e);
                        return;
                    }
                    item = nextItem();
                    continue;
                }
                try {
                    session.getAsyncRemote().sendText(text, written);
                } catch (RuntimeException e) {
                    synchronized (this) {
                        starting = false;
                    }
                    failed(e);
                    return;
                }
                synchronized (this) {
                    starting = false;
                    if (!completed) {
                        return; // the completion sends the next
                    }
                    item = next();
                }
            } else if (item == PING) {
                synchronized (this) {
                    writingSince = System.currentTimeMillis();
                }
                submit(this::pingThenContinue);
                return;
            } else {
                CloseReason reason = (CloseReason) item;
                synchronized (this) {
                    if (closeStarted) {
                        return;
                    }
                    closeStarted = true;
                }
                submitClose(reason);
                return;
            }
        }
    }

    private void written(SendResult result) {
        if (!result.isOK()) {
            failed(result.getException());
            return;
        }
        Object item;
        synchronized (this) {
            if (starting) {
                completed = true;
                return;
            }
            item = next();
        }
        pump(item);
    }

    private void pingThenContinue() {
        try {
            ByteBuffer ping;
            synchronized (this) {
                ping = pingAt < 0 ? newPing() : ByteBuffer.allocate(0); // one proof outstanding at a time
            }
            if (session.isOpen()) {
                session.getBasicRemote().sendPing(ping);
            }
        } catch (IOException | RuntimeException e) {
            failed(e);
            return;
        }
        pump(nextItem());
    }

    private void failed(Throwable e) {
        LOG.log(Level.FINE, "write to socket " + id + " failed", e);
        closeNow(WRITE_FAILED);
    }

    private void submit(Runnable task) {
        try {
            executor.execute(task);
        } catch (RuntimeException e) { // stopping, or a thread the executor takes no work from: the container's own
            LOG.log(Level.FINE, "socket task refused", e);
        }
    }

    /** A close must happen: on the caller's thread when the executor refuses it. */
    private void submitClose(CloseReason reason) {
        try {
            executor.execute(() -> closeSession(reason));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "close task refused; closing here", e);
            closeSession(reason);
        }
    }

    private static long utf8Length(String s) {
        long n = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                n += c >= 0x800 && !Character.isSurrogate(c) ? 2 : 1; // a surrogate pair is 4 bytes in all
            }
        }
        return n;
    }

    private void closeSession(CloseReason reason) {
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "close failed", e);
        }
    }
}
