package org.cync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The move's or the restore's line in the audit log, written into PostgreSQL in its transaction
 * (after the tables were compared): both run without the server, so without {@code AuditTrail}. The
 * ID is taken as EclipseLink takes its IDs (the table sequence SEQ_GEN, 50 at a time), so the
 * server's next IDs do not collide with it.
 */
final class MoveAudit {
  static final String ACTION = "Stores moved to PostgreSQL";
  private static final int ALLOCATION = 50;

  private MoveAudit() {}

  /** The move's line ({@link #ACTION}) or the restore's ({@link PostgresRestore#ACTION}). */
  static void record(Connection pg, Instant at, String actor, String action, String detail)
      throws SQLException {
    try (PreparedStatement s =
        pg.prepareStatement(
            "UPDATE SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = 'SEQ_GEN'")) {
      s.setInt(1, ALLOCATION);
      s.executeUpdate();
    }
    long id;
    try (PreparedStatement s =
            pg.prepareStatement("SELECT SEQ_COUNT FROM SEQUENCE WHERE SEQ_NAME = 'SEQ_GEN'");
        ResultSet r = s.executeQuery()) {
      r.next();
      id = r.getLong(1) - ALLOCATION + 1;
    }
    try (PreparedStatement s =
        pg.prepareStatement(
            "INSERT INTO AUDITENTRY (ID, ATMILLIS, ACTOR, ACTION, DETAIL) VALUES (?, ?, ?, ?, ?)")) {
      s.setLong(1, id);
      s.setLong(2, at.toEpochMilli());
      s.setString(3, cut(actor, 255));
      s.setString(4, action);
      s.setString(5, cut(detail, 2000));
      s.executeUpdate();
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
