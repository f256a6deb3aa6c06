package dev.laurel.server.platform;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * How a start migrates the database: the migrations this Laurel has and the database lacks run (Flyway); a database
 * that a newer Laurel migrated (a migration applied that this version does not have: a downgrade) is refused, with a
 * message, before anything runs on a schema this code does not know.
 */
@Component
class SchemaVersions implements FlywayMigrationStrategy {

    @Override
    public void migrate(Flyway flyway) {
        refuseNewer(flyway);
        flyway.migrate();
    }

    /** @throws NewerSchemaException when the database holds a migration this code does not know */
    static void refuseNewer(Flyway flyway) {
        MigrationInfo[] unknown = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (unknown.length > 0) {
            MigrationInfo newest = unknown[unknown.length - 1];
            MigrationInfo[] known = flyway.info().all();
            String latest = Arrays.stream(known)
                    .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS
                            && info.getState() != MigrationState.FUTURE_FAILED)
                    .reduce((first, second) -> second)
                    .map(info -> "V" + info.getVersion())
                    .orElse("none");
            throw new NewerSchemaException("the database was migrated by a newer Laurel (up to V" + newest.getVersion()
                    + " " + newest.getDescription() + "); this version knows migrations up to " + latest
                    + ". A downgrade is not supported: run the newer version, or restore a backup taken before the"
                    + " upgrade");
        }
    }

    /** A database a newer Laurel migrated. */
    static final class NewerSchemaException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NewerSchemaException(String message) {
            super(message);
        }
    }

    /** Reports a refused downgrade as the sentence above, not as a stack trace. */
    static final class Refusal extends AbstractFailureAnalyzer<NewerSchemaException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, NewerSchemaException cause) {
            return new FailureAnalysis(
                    cause.getMessage(), "Start the Laurel version that migrated this database.", cause);
        }
    }
}
