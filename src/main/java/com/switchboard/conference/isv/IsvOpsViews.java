package com.switchboard.conference.isv;

import com.switchboard.conference.ConferenceLeg;
import com.switchboard.conference.IsvConference;
import com.switchboard.conference.webhook.IsvWebhook;
import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;
import java.util.Map;

/** The ISV ops endpoints' replies, written by JSON-B. */
public final class IsvOpsViews {
    private IsvOpsViews() {
    }

    public record Failure(String error) {
    }

    public record Provisioned(@JsonbProperty("account_identifer") String identifer,
                       @JsonbProperty("key_permanent") String keyPermanent,
                       @JsonbProperty("key_temp") String keyTemp) {
        public static Provisioned of(IsvService.Provisioned p) {
            return new Provisioned(p.identifer(), p.keyPermanent(), p.keyTemp());
        }
    }

    public record Account(@JsonbProperty("account_identify") String identify,
                   @JsonbProperty("account_status") String status,
                   long minutes,
                   @JsonbProperty("money_fen") long moneyFen,
                   @JsonbProperty("unit_price") String unitPrice,
                   @JsonbProperty("charged_minutes") long chargedMinutes,
                   @JsonbProperty("charged_fen") long chargedFen) {
        public static Account of(IsvAccount a, long[] charged) {
            return new Account(a.identify(), a.status(), a.minutes(), a.moneyFen(),
                    a.unitPrice() == null ? "" : a.unitPrice().toPlainString(), charged[0], charged[1]);
        }
    }

    public record Leg(Long id, String number, boolean caller,
               @JsonbProperty("call_state") String callState,
               @JsonbProperty("answered_at") String answeredAt,
               @JsonbProperty("ended_at") String endedAt,
               @JsonbProperty("hangup_cause") String hangupCause,
               @JsonbProperty("charged_units") int chargedUnits,
               @JsonbProperty("charged_fen") long chargedFen,
               @JsonbProperty("charge_pending") boolean chargePending) {
        public static Leg of(ConferenceLeg l) {
            return new Leg(l.id(), l.number(), l.callerLeg(), l.state().name(), String.valueOf(l.answeredAt()),
                    String.valueOf(l.endedAt()), String.valueOf(l.hangupCause()), l.chargedUnits(), l.chargedFen(),
                    l.nextChargeAt() != null && l.state().terminal());
        }
    }

    public record Conference(@JsonbProperty("session_id") String sessionId, String state,
                      @JsonbProperty("end_reason") String endReason, List<Leg> legs) {
        public static Conference of(IsvConference c, List<ConferenceLeg> legs) {
            return new Conference(c.sessionId(), c.state().name(), String.valueOf(c.endReason()),
                    legs.stream().map(Leg::of).toList());
        }
    }

    public record Webhook(long id, @JsonbProperty("event_id") String eventId, String kind, String url, String state, int attempts,
                   @JsonbProperty("created_at") String createdAt,
                   @JsonbProperty("finished_at") String finishedAt,
                   @JsonbProperty("last_outcome") String lastOutcome,
                   String body) {
        public static Webhook of(IsvWebhook w) {
            return new Webhook(w.id(), w.eventId(), w.kind(), w.url(), w.state(), w.attempts(), w.createdAt().toString(),
                    String.valueOf(w.finishedAt()), w.lastOutcome() == null ? "" : w.lastOutcome(), w.body());
        }
    }

    public record Webhooks(Map<String, Long> counts, List<Webhook> webhooks) {
    }
}
