package com.switchboard.call;

import com.switchboard.telephony.LegEvent;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;

/** Writes a batch of media stats readings to their calls in one transaction and one JDBC batch per statement. */
@Stateless
public class CallStatsWriter {
    @PersistenceContext
    EntityManager em;

    public void write(List<LegEvent.Stats> readings) {
        em.unwrap(Session.class).doWork(connection -> {
            // Only while media flows: a reading that arrives after the call ended changes nothing.
            try (PreparedStatement placed = connection.prepareStatement(
                    "update voip_call set stats = ? where session_id = ? and peer_status = ?");
                 PreparedStatement inbound = connection.prepareStatement(
                         "update voip_call set stats = ? where inbound_leg = ? and peer_status = ?")) {
                int placedCount = 0;
                int inboundCount = 0;
                for (LegEvent.Stats reading : readings) {
                    String leg = reading.leg().value();
                    String json = reading.stats().toJson().toString();
                    String[] parts = leg.split("/");
                    if (leg.startsWith("in/")) {
                        add(inbound, json, leg, PeerStatus.P2P_HOOKOFF);
                        inboundCount++;
                    } else if (parts.length == 3 && "voip".equals(parts[0])
                            && ("callee".equals(parts[2]) || "remote".equals(parts[2]))) {
                        add(placed, json, parts[1], PeerStatus.HOOKOFF);
                        placedCount++;
                    }
                }
                if (placedCount > 0) {
                    placed.executeBatch();
                }
                if (inboundCount > 0) {
                    inbound.executeBatch();
                }
            }
        });
    }

    private static void add(PreparedStatement statement, String json, String key, PeerStatus status)
            throws java.sql.SQLException {
        statement.setString(1, json);
        statement.setString(2, key);
        statement.setString(3, status.name());
        statement.addBatch();
    }
}
