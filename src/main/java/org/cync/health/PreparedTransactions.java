package org.cync.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * On PostgreSQL, CYNC's pool is XA. While the job repository had a pool of its own, Payara prepared
 * every chunk's transaction, and PostgreSQL's default {@code max_prepared_transactions = 0} failed
 * the first chunk; since both stores share one pool a chunk commits in one phase, but CYNC has not
 * been run with 0, so the readiness check still asks for it, at once instead of by a run's failure
 * (see stores.md).
 */
final class PreparedTransactions {
  static final String POSTGRESQL = "PostgreSQL";

  private PreparedTransactions() {}

  /** What is wrong with the store behind {@code connection}, if anything. */
  static Optional<String> problem(Connection connection) throws SQLException {
    if (!POSTGRESQL.equals(connection.getMetaData().getDatabaseProductName())) {
      return Optional.empty();
    }
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SHOW max_prepared_transactions")) {
      r.next();
      return problem(Integer.parseInt(r.getString(1).strip()));
    }
  }

  static Optional<String> problem(int maxPreparedTransactions) {
    return maxPreparedTransactions > 0
        ? Optional.empty()
        : Optional.of(
            "DOWN: PostgreSQL's max_prepared_transactions is 0, and CYNC's XA pool is tried only"
                + " with it on: set it above the mailboxes written in parallel (e.g. 300) and"
                + " restart PostgreSQL.");
  }
}
