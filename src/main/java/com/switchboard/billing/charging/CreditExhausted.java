package com.switchboard.billing.charging;

/** A connected call's next unit found no credit: the call is to be ended (observed by the calls feature). */
public record CreditExhausted(String sessionId) {
}
