package org.cync.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which tables a copy of the stores takes, the move's and the PostgreSQL backup's alike: CYNC's
 * (Liquibase's own history left out: the target's Liquibase keeps its own, and the schema version
 * is compared instead) and the job repository's, parents first, as {@link JobRepositoryTables}
 * creates them.
 */
final class StoreTables {
  private StoreTables() {}

  /** Every table a copy of the stores takes: CYNC's, then the job repository's. */
  static List<String> stores(Connection pg) throws SQLException {
    List<String> tables = new ArrayList<>(cync(pg, pg.getSchema()));
    tables.addAll(jobRepository(pg));
    return tables;
  }

  /** CYNC's tables in {@code schema}, sorted: neither Liquibase's nor the job repository's. */
  static List<String> cync(Connection c, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    for (String name : all(c, schema)) {
      String upper = name.toUpperCase(Locale.ROOT);
      if (!upper.startsWith("DATABASECHANGELOG") && !upper.startsWith(JobRepositoryTables.PREFIX)) {
        tables.add(name);
      }
    }
    return tables;
  }

  /** The job repository's tables that PostgreSQL has, in the order their references need. */
  static List<String> jobRepository(Connection pg) throws SQLException {
    List<String> present = all(pg, pg.getSchema());
    List<String> tables = new ArrayList<>();
    for (String t : JobRepositoryTables.CREATE.keySet()) {
      String name = (JobRepositoryTables.PREFIX + t).toLowerCase(Locale.ROOT);
      if (present.contains(name)) {
        tables.add(name);
      }
    }
    return tables;
  }

  /** Every table of {@code schema}, sorted by name. */
  static List<String> all(Connection c, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet r = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (r.next()) {
        tables.add(r.getString("TABLE_NAME"));
      }
    }
    tables.sort(null);
    return tables;
  }

  /** The columns of {@code table}, in their order. */
  static List<String> columns(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet r = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
      while (r.next()) {
        columns.add(r.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }
}
