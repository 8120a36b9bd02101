package com.switchboard.telephony;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;

/** What happens to a leg, in the order a gateway reports it. */
public sealed interface LegEvent {
    LegId leg();

    /** A call from the network arrived on a leg the gateway named; it rings until answered or hung up. */
    record Offered(LegId leg, String caller, String callee) implements LegEvent {
    }

    record Trying(LegId leg) implements LegEvent {
    }

    record Ringing(LegId leg) implements LegEvent {
    }

    record Answered(LegId leg) implements LegEvent {
    }

    record Released(LegId leg, ReleaseCause cause) implements LegEvent {
    }

    /** Media statistics while connected (voip.md §2.2). */
    record Stats(LegId leg, MediaStats stats) implements LegEvent {
    }

    /**
     * The {@code stats} object of voip.md §2.2, every key of the union of the Android and iOS seeds;
     * {@code lostrate} and {@code down_lostrate} in percent (0–100).
     */
    record MediaStats(String ip, long pr, long pl, double avgIJ, double jitter, double avgrttms, double rttms,
                      double lostrate, double downJitter, double downLostrate, String totalEval, String detailEval) {
        public JsonObject toJson() {
            return Jsons.createObjectBuilder().add("ip", ip).add("pr", pr).add("pl", pl).add("avgIJ", avgIJ)
                    .add("jitter", jitter).add("avgrttms", avgrttms).add("rttms", rttms).add("lostrate", lostrate)
                    .add("down_jitter", downJitter).add("down_lostrate", downLostrate)
                    .add("total_eval", totalEval).add("detail_eval", detailEval).build();
        }
    }
}
