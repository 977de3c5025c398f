package org.cync.convergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.cync.testing.CyncServer;
import org.cync.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/**
 * An installation moved from Derby and H2 to a real PostgreSQL (configured through the environment,
 * as an operator would): cync.jar syncs on its built-in stores, stops, moves them with {@code
 * -Dcync.move-to-store=postgresql}, and starts on PostgreSQL; its next run reads {@code
 * /users/delta} with the delta link it had kept (only the users the sandbox changed are read, not
 * the whole directory) and every mailbox of the sandbox is exact; the old run is still shown with
 * its steps (the job repository moved too); no Derby or H2 file is left in use in the data
 * directory, and the password is in no file of it and not in the log. An online backup ({@code POST
 * /api/backup}) writes the tables and their manifest, and the launcher restores it.
 */
class PostgresStoresIT {
  @Test
  void aDerbyInstallationMovedToPostgresContinuesWithADeltaRunAndEndsExact() throws Exception {
    try (PostgresServer postgres = PostgresServer.start("stores")) {
      Path data = CyncServer.freshDataDir("postgres-stores");
      try (World w = new World(21, 24, 4, CyncServer.start(data), data)) {
        try {
          JsonObject first = w.run("{}");
          assertEquals("COMPLETED", first.getString("status"), first + "\n" + w.logTail(8000));
          assertTrue(w.writesOf(first) > 0, first.toString());
          assertEquals(List.of(), w.differences(), "mailboxes after the first run, on Derby");
          long firstId = first.getJsonNumber("executionId").longValue();
          w.server.stop();

          CyncServer.Result moved =
              CyncServer.runExpectingExit(
                  data, postgres.cyncEnvironment(), "-Dcync.move-to-store=postgresql");
          assertEquals(0, moved.exitCode(), moved.output());
          assertTrue(moved.output().contains("RUN_SUMMARY: 1 rows"), moved.output());
          List<String> tables = postgres.tables();
          assertTrue(tables.contains("jbatchjobinstancedata"), "job repository: " + tables);
          assertTrue(tables.contains("run_summary"), "CYNC's data: " + tables);
          assertFalse(Files.exists(data.resolve("derby")), "Derby's files moved aside");
          assertFalse(Files.exists(data.resolve("batch")), "H2's files moved aside");
          String keptLink = deltaLink(postgres);
          assertTrue(keptLink.contains("/users/delta"), keptLink);

          List<String> changed = w.sandbox.mutator().changeUsers(2);
          w.server = CyncServer.start(data, postgres.cyncEnvironment());
          JsonObject again = w.run("{}");
          assertEquals("COMPLETED", again.getString("status"), again + "\n" + w.logTail(8000));
          long read =
              again.getJsonObject("figures").getJsonNumber("directoryChangesRead").longValue();
          int users = w.sandbox.directory().allUsers().size();
          assertTrue(
              read >= changed.size() && read < users,
              "a delta round with the kept link reads the changed users, not all "
                  + users
                  + " (a full read): "
                  + read
                  + " read for "
                  + changed
                  + "\n"
                  + again);
          assertFalse(keptLink.equals(deltaLink(postgres)), "the next delta link is kept");
          assertTrue(w.writesOf(again) > 0, "the changes are written: " + again);
          assertEquals(List.of(), w.differences(), "mailboxes after the run on PostgreSQL");
          assertTrue(again.getJsonNumber("executionId").longValue() > firstId, "a new run number");
          JsonObject old = w.server.getJson("/api/runs/" + firstId).asJsonObject();
          assertEquals("COMPLETED", old.getString("status"), old.toString());
          assertFalse(old.getJsonArray("steps").isEmpty(), "the old run's steps: " + old);

          // The online backup on PostgreSQL, then its restore by the launcher, CYNC stopped.
          HttpResponse<String> backup = w.server.postJson("/api/backup", "{}");
          assertEquals(201, backup.statusCode(), backup.body());
          String name = CyncServer.parse(backup.body()).getString("name");
          Path folder = data.resolve("backups").resolve(name);
          String manifest = Files.readString(folder.resolve("postgresql-backup.properties"));
          long runs = count(postgres, "SELECT COUNT(*) FROM RUN_SUMMARY");
          assertTrue(manifest.contains("table.run_summary.rows=" + runs), manifest);
          assertTrue(manifest.contains("table.jbatchexecutioninstancedata.rows="), manifest);
          assertTrue(Files.size(folder.resolve("run_summary.copy.gz")) > 0, "the rows' file");
          w.server.stop();
          CyncServer.Result restored =
              CyncServer.runExpectingExit(
                  data, postgres.cyncEnvironment(), "-Dcync.restore=" + name);
          assertEquals(0, restored.exitCode(), restored.output());
          assertTrue(
              restored.output().contains("run_summary: " + runs + " rows"), restored.output());
          assertEquals(
              1,
              count(postgres, "SELECT COUNT(*) FROM AUDITENTRY WHERE ACTION = 'Backup restored'"));
          assertNoFileHolds(data, postgres.password());
          assertFalse(w.server.log().contains(postgres.password()), "the password is not logged");
        } finally {
          w.server.close();
        }
      }
    }
  }

  /**
   * A new installation straight on PostgreSQL: CYNC's start makes its schema (Liquibase) and Payara
   * makes the job repository's tables; a sync ends exact and nothing is kept in Derby or H2 files.
   */
  @Test
  void aFreshInstallationOnPostgresSyncsExact() throws Exception {
    try (PostgresServer postgres = PostgresServer.start("fresh")) {
      Path data = CyncServer.freshDataDir("postgres-fresh");
      try (World w =
          new World(22, 12, 3, CyncServer.start(data, postgres.cyncEnvironment()), data)) {
        try {
          JsonObject first = w.run("{}");
          assertEquals("COMPLETED", first.getString("status"), first + "\n" + w.logTail(8000));
          assertTrue(w.writesOf(first) > 0, first.toString());
          assertEquals(List.of(), w.differences(), "mailboxes after the first run");
          List<String> tables = postgres.tables();
          assertTrue(tables.contains("jbatchjobinstancedata"), "job repository: " + tables);
          assertTrue(tables.contains("run_summary"), "CYNC's data: " + tables);
          assertFalse(Files.exists(data.resolve("derby")), "no Derby database");
          assertFalse(Files.exists(data.resolve("batch")), "no H2 job repository");
        } finally {
          w.server.close();
        }
      }
    }
  }

  private static long count(PostgresServer postgres, String sql) throws Exception {
    try (Connection c = postgres.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertTrue(r.next(), sql);
      return r.getLong(1);
    }
  }

  private static String deltaLink(PostgresServer postgres) throws Exception {
    try (Connection c = postgres.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT DELTALINK FROM DIRECTORYSTATE WHERE ID = 1")) {
      assertTrue(r.next(), "the directory state was moved");
      return r.getString(1);
    }
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
