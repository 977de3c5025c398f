package org.cync.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomPreconditionErrorException;
import liquibase.exception.CustomPreconditionFailedException;
import liquibase.precondition.CustomPrecondition;

/**
 * The changelog's precondition "this table (or this index of it) is not there yet": a store made by
 * EclipseLink's create-or-extend-tables has them, and its changesets are then only marked as ran.
 * Our own, because Liquibase 4.33.0's {@code tableExists} misses existing tables (liquibase issue
 * 7263); JDBC's metadata answers the same on Derby and PostgreSQL.
 */
public class MissingFromStore implements CustomPrecondition {
  private String table;
  private String index;

  public void setTable(String table) {
    this.table = table;
  }

  public void setIndex(String index) {
    this.index = index;
  }

  @Override
  public void check(Database database)
      throws CustomPreconditionFailedException, CustomPreconditionErrorException {
    try {
      Connection c = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
      DatabaseMetaData meta = c.getMetaData();
      String t = name(meta, table);
      boolean there = index == null ? hasTable(meta, c.getSchema(), t) : hasIndex(meta, c, t);
      if (there) {
        throw new CustomPreconditionFailedException(
            (index == null ? table : index + " on " + table) + " is there already");
      }
    } catch (SQLException e) {
      throw new CustomPreconditionErrorException("Cannot read the store's tables", e);
    }
  }

  private static boolean hasTable(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    try (ResultSet r = meta.getTables(null, schema, table, new String[] {"TABLE"})) {
      return r.next();
    }
  }

  private boolean hasIndex(DatabaseMetaData meta, Connection c, String t) throws SQLException {
    String wanted = name(meta, index);
    try (ResultSet r = meta.getIndexInfo(null, c.getSchema(), t, false, false)) {
      while (r.next()) {
        if (wanted.equals(r.getString("INDEX_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The name as the database keeps unquoted names: Derby in upper case, PostgreSQL in lower. */
  private static String name(DatabaseMetaData meta, String name) throws SQLException {
    return meta.storesLowerCaseIdentifiers()
        ? name.toLowerCase(Locale.ROOT)
        : name.toUpperCase(Locale.ROOT);
  }
}
