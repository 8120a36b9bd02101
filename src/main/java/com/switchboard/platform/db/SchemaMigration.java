package com.switchboard.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Applies the versioned SQL in {@code db/} (packed as {@code db/migration}) before the application takes requests.
 * The same files run on H2 and PostgreSQL; the schema is never generated from entities.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(name = "jdbc/switchboard")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                // On Liberty a classpath location resolves only through an empty marker file, flyway.location, in it.
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        // One pass over the database and the scripts (each info() is another): part of every start's time.
        MigrateResult result = flyway.migrate();
        if (result.targetSchemaVersion == null && result.initialSchemaVersion == null) {
            throw new IllegalStateException("No schema migrations found in db/migration");
        }
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
