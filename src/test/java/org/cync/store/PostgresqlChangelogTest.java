package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * The one changelog also makes PostgreSQL's schema in the types EclipseLink expects there (BOOLEAN,
 * TEXT, BYTEA): rendered as SQL by Liquibase's offline mode, without a server. The real server's
 * tests run where PostgreSQL is configured as the store.
 */
class PostgresqlChangelogTest {
  @Test
  void rendersPostgresqlTypes() throws Exception {
    Path history = DerbyFiles.fresh("offline").resolve("databasechangelog.csv");
    ClassLoaderResourceAccessor classpath =
        new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader());
    Database postgresql =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(
                new OfflineConnection(
                    "offline:postgresql?version=16&changeLogFile=" + history, classpath));
    StringWriter sql = new StringWriter();
    try (Liquibase liquibase = new Liquibase(SchemaMigration.CHANGELOG, classpath, postgresql)) {
      liquibase.update(new Contexts(), new LabelExpression(), sql);
    }
    String ddl = sql.toString().toUpperCase(Locale.ROOT);
    assertTrue(ddl.contains("CREATE TABLE RUN_SUMMARY"), ddl);
    assertTrue(ddl.contains("DRYRUN BOOLEAN"), ddl);
    assertTrue(ddl.contains("DELTALINK TEXT"), ddl);
    assertTrue(ddl.contains("JPEG BYTEA"), ddl);
    assertTrue(ddl.contains("CREATE INDEX RUN_MAILBOX_EXECUTION ON RUN_MAILBOX(EXECUTIONID)"), ddl);
    assertTrue(
        ddl.contains("INSERT INTO SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES ('SEQ_GEN', 0)"), ddl);
    assertFalse(ddl.contains("SMALLINT"), ddl);
    assertFalse(ddl.contains("${"), ddl);
  }
}
