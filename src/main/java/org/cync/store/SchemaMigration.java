package org.cync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the application store's schema to the newest version with Liquibase and the changelog
 * {@value #CHANGELOG}. Liquibase rather than Flyway: Liquibase 4 core knows Derby and PostgreSQL,
 * so one database-neutral changelog serves both, while Flyway 13 keeps Derby in a module of its own
 * (not among the packages this build may use) and would need SQL scripts per database. No
 * container: {@link StoreSchema} runs it at start, and the tests on plain Derby files.
 */
public final class SchemaMigration {
  /** Its path is stored with every changeset ran: it must never change. */
  static final String CHANGELOG = "db/changelog.xml";

  private SchemaMigration() {}

  /**
   * Applies what the store lacks and returns the schema version (the newest tag). Closes {@code
   * connection}.
   */
  public static String migrate(Connection connection) throws Exception {
    return migrate(connection, null);
  }

  /**
   * The same, but only up to the changeset that tags version {@code tag} ({@code null}: all): a
   * restore into an empty database makes the schema of the backup it restores, and the next start
   * brings it to the newest.
   */
  public static String migrate(Connection connection, String tag) throws Exception {
    Map<String, Object> quiet =
        Map.of(
            "liquibase.analytics.enabled",
            false, // no call home
            "liquibase.showBanner",
            false,
            Scope.Attr.ui.name(),
            new LoggerUIService());
    return Scope.child(quiet, () -> update(connection, tag));
  }

  private static String update(Connection connection, String tag) throws Exception {
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    if (database instanceof DerbyDatabase derby) {
      derby.setShutdownEmbeddedDerby(false); // Payara's pool keeps using it
    }
    try (Liquibase liquibase =
        new Liquibase(
            CHANGELOG,
            new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
            database)) {
      liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG); // the log file, not the console
      if (tag == null) {
        liquibase.update();
      } else {
        liquibase.update(tag, new Contexts());
      }
      return version(connection);
    }
  }

  private static String version(Connection connection) throws SQLException {
    try (PreparedStatement s =
            connection.prepareStatement(
                "SELECT TAG FROM DATABASECHANGELOG WHERE TAG IS NOT NULL ORDER BY ORDEREXECUTED DESC");
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getString(1) : "none";
    }
  }
}
