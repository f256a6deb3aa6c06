package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database a newer Laurel migrated is refused with a message: a downgrade does not run on a schema it cannot know. */
class SchemaVersionsTest {

    @Test
    void refusesADatabaseMigratedByANewerLaurel() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            Flyway flyway = Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load();
            new SchemaVersions().migrate(flyway);
            String latest = flyway.info().current().getVersion().getVersion();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                connection
                        .createStatement()
                        .execute("insert into flyway_schema_history (installed_rank, version, description, type,"
                                + " script, checksum, installed_by, execution_time, success) values (9999, '9999',"
                                + " 'from the future', 'SQL', 'V9999__from_the_future.sql', 0, 'laurel', 1, true)");
            }

            assertThatThrownBy(() -> new SchemaVersions().migrate(flyway))
                    .isInstanceOf(SchemaVersions.NewerSchemaException.class)
                    .hasMessage("the database was migrated by a newer Laurel (up to V9999 from the future); this"
                            + " version knows migrations up to V" + latest + ". A downgrade is not supported: run the"
                            + " newer version, or restore a backup taken before the upgrade");
        }
    }
}
