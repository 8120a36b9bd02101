package com.switchboard.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A WebSocket client that stops reading after its handshake, as a hostile or frozen app does: a small receive
 * buffer, no reads until {@link #drain}, and a text frame now and then so the server does not drop it as idle.
 * RFC 6455 framing, written here because every client library reads for its user.
 */
public final class StalledSocket implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What reading the socket to its end found: text frames, and the close frame's code (-1 for none). */
    public record Drained(List<String> texts, int closeCode, String closeReason) {
    }

    private final Socket socket = new Socket();
    private final OutputStream out;
    private final InputStream in;

    /** Opens {@code ws://…} with a receive buffer of {@code receiveBuffer} bytes; fails unless answered 101. */
    public StalledSocket(URI uri, int receiveBuffer) throws IOException {
        socket.setReceiveBufferSize(receiveBuffer);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = head();
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("upgrade refused: " + head);
        }
    }

    private String head() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (!b.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("closed during the handshake: " + b);
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** One masked text frame, as a client must send it. */
    public void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        f.write(0x81);
        if (payload.length < 126) {
            f.write(0x80 | payload.length);
        } else {
            f.write(0x80 | 126);
            f.write(payload.length >> 8);
            f.write(payload.length & 0xff);
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        f.write(mask);
        for (int i = 0; i < payload.length; i++) {
            f.write(payload[i] ^ mask[i % 4]);
        }
        out.write(f.toByteArray());
        out.flush();
    }

    /** Reads everything the server sent until it closes the connection or {@code timeoutMillis} pass without data. */
    public Drained drain(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        DataInputStream data = new DataInputStream(in);
        List<String> texts = new ArrayList<>();
        try {
            while (true) {
                int first = data.readUnsignedByte();
                int second = data.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = data.readUnsignedShort();
                } else if (length == 127) {
                    length = data.readLong();
                }
                byte[] payload = new byte[Math.toIntExact(length)];
                data.readFully(payload);
                int opcode = first & 0x0f;
                if (opcode == 0x1) {
                    texts.add(new String(payload, StandardCharsets.UTF_8));
                } else if (opcode == 0x8) {
                    int code = payload.length >= 2 ? (payload[0] & 0xff) << 8 | payload[1] & 0xff : 1005;
                    String reason = payload.length > 2
                            ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                    return new Drained(texts, code, reason);
                }
            }
        } catch (EOFException | java.net.SocketTimeoutException e) {
            return new Drained(texts, -1, e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
