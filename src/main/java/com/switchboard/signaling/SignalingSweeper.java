package com.switchboard.signaling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance, every second: ring timeouts, reconnect grace and instance heartbeats (CallService#sweep); every
 * {@code ping-seconds}: pings to this instance's sockets and the drop of silent ones.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignalingSweeper {
    private static final Logger LOG = Logger.getLogger(SignalingSweeper.class.getName());

    @Inject
    CallService calls;
    @Inject
    Connections connections;
    @Inject
    @ConfigProperty(name = "switchboard.signaling.ping-seconds", defaultValue = "30")
    long pingSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.signaling.idle-seconds", defaultValue = "90")
    long idleSeconds;

    private long lastPing = System.currentTimeMillis();

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        try {
            connections.apply(calls.sweep(connections.instanceId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Signaling sweep failed; the next one retries", e);
        }
        long now = System.currentTimeMillis();
        if (now - lastPing >= pingSeconds * 1000) {
            lastPing = now;
            connections.pingAll(idleSeconds * 1000);
        }
    }
}
