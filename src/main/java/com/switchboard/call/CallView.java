package com.switchboard.call;

import jakarta.json.JsonObject;

/** What a status poll reads: {@code stats} only while media flows through the gateway (voip.md §2.2). */
public record CallView(PeerStatus peerStatus, JsonObject stats, LegStatus local, LegStatus remote) {
}
