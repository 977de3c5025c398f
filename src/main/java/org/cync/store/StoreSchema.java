package org.cync.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Migrates the application store ({@link SchemaMigration}) once per start, before anything uses
 * JPA: the start-up singletons that touch the store name it in {@code @DependsOn}, and the web
 * module starts after them. Bean-managed transactions, because Liquibase commits on its own; a
 * failure stops the deployment, with one line saying which data directory and what to do.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StoreSchema {
  private static final Logger LOG = Logger.getLogger(StoreSchema.class.getName());

  @Resource(lookup = "jdbc/cync")
  DataSource store;

  @PostConstruct
  void migrate() {
    try {
      try (Connection c = store.getConnection()) {
        PublicSchema.require(c);
      }
      String version = SchemaMigration.migrate(store.getConnection());
      LOG.info(() -> "Store schema: version " + version);
    } catch (Exception e) {
      String message = failure(e);
      LOG.severe(message);
      throw new IllegalStateException(message, e);
    }
  }

  static String failure(Exception e) {
    return "Cannot bring the store of the data directory "
        + DataDirectory.path().toAbsolutePath()
        + " to this version's schema: "
        + firstLine(e)
        + ". Each step is one transaction, so the store is as it was before the failing one: fix"
        + " the cause (details in the log file) and start again, or start the previous version"
        + " on a restored backup (operations.md, \"Schema\").";
  }

  private static String firstLine(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    String text = String.valueOf(cause.getMessage()).strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
