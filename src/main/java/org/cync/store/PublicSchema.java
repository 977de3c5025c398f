package org.cync.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * On PostgreSQL CYNC's tables must be in the schema {@code public}: Payara's batch runtime sets
 * {@code search_path} to {@code public} on every connection it takes, and those connections are
 * CYNC's own (one pool, see StoreCommands), so tables anywhere else would be found at start and
 * lost in the middle of a run. Refused at start instead, naming the schema and the fix.
 */
final class PublicSchema {
  private PublicSchema() {}

  static void require(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    if (!"PostgreSQL".equals(product)) {
      return;
    }
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT current_schema()")) {
      r.next();
      Optional<String> problem = problem(r.getString(1));
      if (problem.isPresent()) {
        throw new SQLException(problem.get());
      }
    }
  }

  static Optional<String> problem(String schema) {
    return "public".equals(schema)
        ? Optional.empty()
        : Optional.of(
            "CYNC's tables would go into the schema "
                + (schema == null ? "(none: the search_path names no existing schema)" : schema)
                + ", but Payara's batch runtime works in public: give CYNC's role the search_path"
                + " public (ALTER ROLE <user> SET search_path = public) or use a database"
                + " without a schema named after the role");
  }
}
