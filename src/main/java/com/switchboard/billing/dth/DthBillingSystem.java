package com.switchboard.billing.dth;

import jakarta.json.JsonArray;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The DTH billing system ("营帐系统") as lwork calls it (voip.md VOIP-67/68). Either query is empty when the billing
 * system does not answer it; lwork then uses its own figures.
 */
public interface DthBillingSystem {
    /** VOIP-67 Query remaining minutes. */
    OptionalInt remainingMinutes(String account);

    /** VOIP-68 Query detailed records between two days (inclusive, {@code yyyy-MM-dd} on the wire). */
    Optional<JsonArray> detailRecords(String account, LocalDate start, LocalDate end);
}
