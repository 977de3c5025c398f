package org.cync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * One table of a file store (Derby or H2) and its PostgreSQL twin: the columns they share (named
 * alike, PostgreSQL's in lower case), the rows copied across, and each side's row count and digest,
 * which must be equal before the move commits. The digest is order-free (a sorted list of row
 * hashes), so that the databases' different collations cannot make equal tables look different.
 */
record TableCopy(String source, String target, List<String> columns, List<Integer> types) {
  private static final int BATCH = 500;

  /** The columns of {@code source} as typed in PostgreSQL's {@code target}; all must be there. */
  static TableCopy of(Connection from, String source, Connection pg, String target)
      throws SQLException {
    Map<String, Integer> targetTypes = new TreeMap<>();
    try (ResultSet r =
        pg.getMetaData().getColumns(null, pg.getSchema(), target.toLowerCase(Locale.ROOT), "%")) {
      while (r.next()) {
        targetTypes.put(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), r.getInt("DATA_TYPE"));
      }
    }
    List<String> columns = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    try (Statement s = from.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + source + " WHERE 1 = 0")) {
      for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
        String column = r.getMetaData().getColumnName(i);
        Integer type = targetTypes.get(column.toLowerCase(Locale.ROOT));
        if (type == null) {
          throw new StoreRefused(
              "the column "
                  + source
                  + "."
                  + column
                  + " has no place in PostgreSQL's "
                  + target
                  + ": the files were made by another CYNC version; start this version on them"
                  + " once (it brings the schema up to date), stop it, and move again.");
        }
        columns.add(column);
        types.add(type);
      }
    }
    return new TableCopy(source, target, List.copyOf(columns), List.copyOf(types));
  }

  /**
   * Copies every row, in place of any the changelog put there (the SEQUENCE table's first row);
   * answers how many.
   */
  long copy(Connection from, Connection pg) throws SQLException {
    try (Statement clear = pg.createStatement()) {
      clear.execute("DELETE FROM " + target);
    }
    String insert =
        "INSERT INTO "
            + target
            + " ("
            + quoted(true)
            + ") VALUES ("
            + String.join(", ", columns.stream().map(c -> "?").toList())
            + ")";
    long rows = 0;
    try (Statement s = from.createStatement();
        ResultSet r = s.executeQuery("SELECT " + quoted(false) + " FROM " + source);
        PreparedStatement into = pg.prepareStatement(insert)) {
      while (r.next()) {
        for (int i = 1; i <= columns.size(); i++) {
          ColumnKind kind = ColumnKind.of(types.get(i - 1));
          kind.write(into, i, kind.read(r, i), types.get(i - 1));
        }
        into.addBatch();
        if (++rows % BATCH == 0) {
          into.executeBatch();
        }
      }
      into.executeBatch();
    }
    return rows;
  }

  /**
   * "n rows, sha256 …" of the source table, or of the target's ({@code inTarget}), every value read
   * as the target types it.
   */
  String digest(Connection c, boolean inTarget) throws SQLException {
    List<String> rowHashes = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT " + quoted(inTarget) + " FROM " + (inTarget ? target : source))) {
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns.size(); i++) {
          row.append(columns.get(i - 1).toLowerCase(Locale.ROOT))
              .append('=')
              .append(ColumnKind.text(ColumnKind.of(types.get(i - 1)).read(r, i)))
              .append(';');
        }
        rowHashes.add(DigestUtils.sha256Hex(row.toString()));
      }
    }
    rowHashes.sort(null);
    return rowHashes.size()
        + " rows, sha256 "
        + DigestUtils.sha256Hex(String.join("\n", rowHashes));
  }

  /**
   * The column names quoted (TRIGGER is one of them): as the source has them, or in PostgreSQL's
   * lower case.
   */
  private String quoted(boolean inTarget) {
    return String.join(
        ", ",
        columns.stream()
            .map(c -> '"' + (inTarget ? c.toLowerCase(Locale.ROOT) : c) + '"')
            .toList());
  }
}
