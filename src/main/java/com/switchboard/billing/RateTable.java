package com.switchboard.billing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * VOIP-58: the price per minute of a callee by the longest matching prefix; the empty prefix is the catch-all, so
 * every well-formed number has a rate. A leading {@code +} dials like {@code 00}.
 */
public final class RateTable {
    private final Map<String, BigDecimal> byPrefix;

    public RateTable(Map<String, BigDecimal> byPrefix) {
        if (!byPrefix.containsKey("")) {
            throw new IllegalArgumentException("the rate table needs a catch-all rate (the empty prefix)");
        }
        byPrefix.forEach((prefix, rate) -> {
            // Coins are kept to the cent: a rate with finer precision could not be charged exactly.
            if (!prefix.matches("[0-9]*") || rate.signum() < 0 || rate.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("bad rate " + prefix + " = " + rate);
            }
        });
        this.byPrefix = new TreeMap<>(byPrefix);
    }

    /** The callee as dialled digits, or empty when it is not a phone number. */
    public static Optional<String> digits(String callee) {
        if (callee == null) {
            return Optional.empty();
        }
        String n = callee.replaceAll("[\\s-]", "");
        if (n.startsWith("+")) {
            n = "00" + n.substring(1);
        }
        return n.matches("[0-9]{3,32}") ? Optional.of(n) : Optional.empty();
    }

    /** The rate of a number already reduced to {@link #digits}. */
    public BigDecimal rate(String digits) {
        for (int end = digits.length(); end >= 0; end--) {
            BigDecimal rate = byPrefix.get(digits.substring(0, end));
            if (rate != null) {
                return rate;
            }
        }
        throw new IllegalStateException("unreachable: the catch-all always matches");
    }
}
