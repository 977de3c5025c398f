package org.cync.convergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cync.testing.CyncServer;
import org.cync.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/**
 * cync.jar with both stores on a real PostgreSQL (configured through the environment, as an
 * operator would): a sync to the end leaves every mailbox of the sandbox exact, the job repository
 * and CYNC's tables are in PostgreSQL (no Derby or H2 file in the data directory), the password is
 * in no file of the data directory, and after a restart of CYNC a run with nothing changed writes
 * nothing.
 */
class PostgresStoresIT {
  @Test
  void aSyncOnPostgresEndsExactAndSurvivesARestart() throws Exception {
    try (PostgresServer postgres = PostgresServer.start("stores")) {
      Path data = CyncServer.freshDataDir("postgres-stores");
      try (World w =
          new World(21, 24, 4, CyncServer.start(data, postgres.cyncEnvironment()), data)) {
        try {
          JsonObject first = w.run("{}");
          assertEquals("COMPLETED", first.getString("status"), first + "\n" + w.logTail(8000));
          assertTrue(w.writesOf(first) > 0, first.toString());
          assertEquals(List.of(), w.differences(), "mailboxes after the first run");

          Set<String> tables = tables(postgres);
          assertTrue(tables.contains("jbatchjobinstancedata"), "job repository: " + tables);
          assertTrue(tables.contains("run_summary"), "CYNC's data: " + tables);
          assertFalse(Files.exists(data.resolve("derby")), "no Derby database");
          assertFalse(Files.exists(data.resolve("batch")), "no H2 job repository");

          w.server.stop();
          assertNoFileHolds(data, postgres.password());
          w.server = CyncServer.start(data, postgres.cyncEnvironment());
          JsonObject again = w.run("{}");
          assertEquals("COMPLETED", again.getString("status"), again.toString());
          assertEquals(0, w.writesOf(again), "nothing changed, nothing written");
          assertEquals(List.of(), w.differences(), "mailboxes after the restart");
          assertFalse(w.server.log().contains(postgres.password()), "the password is not logged");
        } finally {
          w.server.close();
        }
      }
    }
  }

  private static Set<String> tables(PostgresServer postgres) throws Exception {
    Set<String> names = new TreeSet<>();
    try (Connection c = postgres.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT lower(table_name) FROM information_schema.tables"
                    + " WHERE table_schema = current_schema()")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }

  /** Not in domain.xml, the logs or anything else CYNC wrote into its data directory. */
  private static void assertNoFileHolds(Path data, String secret) throws IOException {
    byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(data)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(
            text.contains(new String(needle, StandardCharsets.ISO_8859_1)),
            "the store password is written in " + file);
      }
    }
  }
}
