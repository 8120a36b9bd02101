package com.switchboard.it.security;

import com.switchboard.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A client at another loopback address (127.0.0.2, …): the ITs' own 127.0.0.1 is exempt from the per-address
 * limits, so these prove them. Plain HTTP/1.0 over a socket bound to that address.
 */
final class FromAddress {
    private final String local;

    FromAddress(String local) {
        this.local = local;
    }

    JsonObject post(String path, JsonObject body) {
        URI base = URI.create(Api.BASE);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /" + path + " HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String reply = response.substring(response.indexOf("\r\n\r\n") + 4);
            try (var reader = Json.createReader(new StringReader(reply))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
