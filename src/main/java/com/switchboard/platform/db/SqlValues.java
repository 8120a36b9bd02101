package com.switchboard.platform.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries, whichever Java type the database's driver hands back. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} column (H2 and PostgreSQL differ); null stays null. */
    public static Instant instant(Object o) {
        if (o == null || o instanceof Instant) {
            return (Instant) o;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
