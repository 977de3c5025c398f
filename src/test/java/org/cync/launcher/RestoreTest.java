package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's part of a PostgreSQL restore: the database first (here a stand-in), then the
 * private files and the transaction log; a refusal of the database moves no file; a backup goes
 * back only into the kind of store it came from.
 */
class RestoreTest {
  static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
  static final Optional<PostgresStore> POSTGRES =
      Optional.of(new PostgresStore("db", 5432, "cync", "cync", "secret"));
  @TempDir Path data;

  @Test
  void aPostgresBackupGoesIntoTheDatabaseThenThePrivateFilesAreSwapped() throws Exception {
    Path backup = postgresBackup();
    Files.writeString(data.resolve("keystore-password"), "now\n");
    Files.createDirectories(data.resolve("transactions"));
    List<Path> restored = new ArrayList<>();

    Restore.Restored done =
        Restore.run(
            data,
            "backup-20261207T000000Z",
            NOW,
            POSTGRES,
            folder -> {
              restored.add(folder);
              return List.of("run_summary: 2 rows");
            });

    assertEquals(List.of(backup), restored);
    assertEquals(List.of("run_summary: 2 rows"), done.lines());
    assertEquals("then\n", Files.readString(data.resolve("keystore-password")));
    assertEquals("now\n", Files.readString(done.aside().resolve("keystore-password")));
    assertTrue(Files.isDirectory(done.aside().resolve("transactions")), "the old log aside");
    assertFalse(Files.exists(data.resolve("derby")), "no Derby store made");
    RuntimeException again =
        assertThrows(
            StartupProblem.class,
            () -> Restore.run(data, "backup-20261207T000000Z", NOW, POSTGRES, f -> List.of()));
    assertTrue(again.getMessage().contains("was restored already"), again.getMessage());
  }

  @Test
  void aRefusedDatabaseRestoreMovesNoFile() throws Exception {
    postgresBackup();
    Files.writeString(data.resolve("keystore-password"), "now\n");
    assertThrows(
        StartupProblem.class,
        () ->
            Restore.run(
                data,
                "backup-20261207T000000Z",
                NOW,
                POSTGRES,
                folder -> {
                  throw new StartupProblem("the schema differs");
                }));
    assertEquals("now\n", Files.readString(data.resolve("keystore-password")));
    assertFalse(Files.exists(data.resolve(Restore.NOTE)));
    try (var s = Files.list(data)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("before-restore")));
    }
  }

  @Test
  void aFailingFileStepAfterTheDatabaseSaysItIsRestoredAndWhatIsLeftToDo() throws Exception {
    Path backup = postgresBackup();
    Files.writeString(data.resolve("keystore-password"), "now\n");
    Files.createDirectories(data.resolve("transactions"));
    // The move of keystore-password aside fails: something of that name is there already.
    Path aside = data.resolve("before-restore-20261207T080000Z");
    Files.createDirectories(aside);
    Files.writeString(aside.resolve("keystore-password"), "in the way\n");

    StartupProblem failed =
        assertThrows(
            StartupProblem.class,
            () ->
                Restore.run(
                    data,
                    "backup-20261207T000000Z",
                    NOW,
                    POSTGRES,
                    folder -> List.of("run_summary: 2 rows")));

    String m = failed.getMessage();
    assertTrue(m.startsWith("the database IS restored from " + backup), m);
    assertTrue(
        m.contains(
            "Done: make the folder "
                + aside
                + "; move "
                + data.resolve("transactions")
                + " to "
                + aside.resolve("transactions")
                + ". "),
        m);
    assertTrue(
        m.contains(
            "Still to do by hand, in this order: move "
                + data.resolve("keystore-password")
                + " to "
                + aside.resolve("keystore-password")
                + "; copy "
                + backup.resolve("keystore-password")
                + " to "
                + data.resolve("keystore-password")
                + "; write the line "
                + backup
                + " into "
                + data.resolve(Restore.NOTE)
                + "; then start CYNC without cync.restore."),
        m);
    assertFalse(m.contains("move it back"), "moving files back does not undo the database: " + m);
    assertTrue(Files.isDirectory(aside.resolve("transactions")), "what the message says is done");
    assertEquals("now\n", Files.readString(data.resolve("keystore-password")), "and what is not");
  }

  @Test
  void aBackupGoesBackOnlyIntoTheKindOfStoreItCameFrom() throws Exception {
    postgresBackup();
    StartupProblem noSettings =
        assertThrows(
            StartupProblem.class,
            () ->
                Restore.run(
                    data, "backup-20261207T000000Z", NOW, Optional.empty(), f -> List.of()));
    assertTrue(
        noSettings.getMessage().contains("is a backup of PostgreSQL stores"),
        noSettings.getMessage());
    Path derby = data.resolve("backups/backup-20261206T000000Z");
    Files.createDirectories(derby.resolve("derby"));
    Files.write(derby.resolve("batch-jobs.zip"), new byte[] {0});
    StartupProblem onPostgres =
        assertThrows(
            StartupProblem.class,
            () -> Restore.run(data, "backup-20261206T000000Z", NOW, POSTGRES, f -> List.of()));
    assertTrue(onPostgres.getMessage().contains("built-in Derby and H2"), onPostgres.getMessage());
    assertFalse(onPostgres.getMessage().contains("secret"), "no password in the message");
  }

  private Path postgresBackup() throws Exception {
    Path backup = Files.createDirectories(data.resolve("backups/backup-20261207T000000Z"));
    Files.writeString(backup.resolve(Restore.POSTGRES_MANIFEST), "format=…\n");
    Files.writeString(backup.resolve("keystore-password"), "then\n");
    return backup;
  }

  @Test
  void aCopyFailingUncheckedHalfWayIsSaidLikeAnyFailingStep() {
    List<RestoreSteps.Step> steps =
        List.of(
            new RestoreSteps.Step("make the folder a", () -> {}),
            new RestoreSteps.Step(
                "copy b into c",
                () -> {
                  // What Files.walk's stream throws when a directory cannot be read.
                  throw new java.io.UncheckedIOException(new java.io.IOException("b: denied"));
                }));
    StartupProblem failed =
        assertThrows(
            StartupProblem.class,
            () -> RestoreSteps.run(steps, data.resolve("backup"), data.resolve("aside"), false));
    assertTrue(
        failed
            .getMessage()
            .contains("failed at \"copy b into c\": b: denied. Done: make the folder a"),
        failed.getMessage());
  }
}
