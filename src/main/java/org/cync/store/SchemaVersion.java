package org.cync.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The schema a store has, as Liquibase recorded it: the newest tag, how many changesets ran, and a
 * digest of their IDs, authors, files and checksums. A backup's rows fit only a database whose
 * schema has the same digest, so a restore compares it before it touches a row.
 */
record SchemaVersion(String tag, int changesets, String sha256) {
  private static final Pattern TEXT =
      Pattern.compile("tag (\\S{1,255}), (\\d{1,6}) changesets, sha256 ([0-9a-f]{64})");

  /** Read from {@code DATABASECHANGELOG} of {@code c}. */
  static SchemaVersion of(Connection c) throws SQLException {
    List<String> lines = new ArrayList<>();
    String tag = "none";
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT ID, AUTHOR, FILENAME, MD5SUM, TAG FROM DATABASECHANGELOG"
                    + " ORDER BY ORDEREXECUTED")) {
      while (r.next()) {
        lines.add(
            r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4));
        if (r.getString(5) != null) {
          tag = r.getString(5);
        }
      }
    }
    lines.sort(null); // the order they ran in may differ between two databases of one version
    return new SchemaVersion(tag, lines.size(), DigestUtils.sha256Hex(String.join("\n", lines)));
  }

  /** "tag 3, 48 changesets, sha256 …": the manifest's line. */
  String text() {
    return "tag " + tag + ", " + changesets + " changesets, sha256 " + sha256;
  }

  static SchemaVersion parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new StoreRefused("the backup's schema version '" + cut(text) + "' is not readable.");
    }
    return new SchemaVersion(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
  }

  private static String cut(String text) {
    return text == null ? "" : text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
