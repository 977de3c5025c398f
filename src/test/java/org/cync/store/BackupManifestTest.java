package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL backup's manifest: written and read back alike, anything odd in it refused. */
class BackupManifestTest {
  static final SchemaVersion SCHEMA = new SchemaVersion("1", 24, "a".repeat(64));
  @TempDir Path folder;

  @Test
  void readsBackWhatItWrote() {
    BackupManifest m =
        new BackupManifest(
            Instant.parse("2026-12-07T00:00:00Z"),
            SCHEMA,
            List.of(
                new BackupManifest.Table(
                    "run_summary", List.of("id", "instanceid"), 2, "b".repeat(64)),
                new BackupManifest.Table(
                    "jbatchjobstatus", List.of("id", "obj"), 0, "c".repeat(64))));
    assertEquals(m, BackupManifest.parse(m.text()));
    assertEquals("run_summary.copy.gz", m.tables().get(0).file());
  }

  @Test
  void refusesANameThatCouldLeaveTheFolderOrBreakTheCopy() {
    String text = manifest("../etc", "id", "7", "b".repeat(64));
    StoreRefused refused = assertThrows(StoreRefused.class, () -> BackupManifest.parse(text));
    assertTrue(
        refused.getMessage().contains("'../etc' or one of its columns"), refused.getMessage());
    assertThrows(
        StoreRefused.class,
        () -> BackupManifest.parse(manifest("t", "id\") TO PROGRAM 'x", "7", "b".repeat(64))));
  }

  @Test
  void refusesAMissingCountDigestFormatOrSchema() {
    assertThrows(
        StoreRefused.class, () -> BackupManifest.parse(manifest("t", "id", "-1", "b".repeat(64))));
    assertThrows(
        StoreRefused.class, () -> BackupManifest.parse(manifest("t", "id", "x", "b".repeat(64))));
    assertThrows(StoreRefused.class, () -> BackupManifest.parse(manifest("t", "id", "1", "B1")));
    String ok = manifest("t", "id", "1", "b".repeat(64));
    assertThrows(
        StoreRefused.class,
        () -> BackupManifest.parse(ok.replace(BackupManifest.FORMAT, "cync-postgresql-backup-9")));
    StoreRefused schema =
        assertThrows(
            StoreRefused.class, () -> BackupManifest.parse(ok.replace("24 changesets", "many")));
    assertTrue(schema.getMessage().contains("schema version"), schema.getMessage());
  }

  @Test
  void aFileWithAnotherDigestOrNoneIsDamaged() throws Exception {
    Files.write(folder.resolve("t.copy.gz"), new byte[] {1, 2, 3});
    String digest = DigestUtils.sha256Hex(new byte[] {1, 2, 3});
    Files.writeString(folder.resolve(BackupManifest.FILE), manifest("t", "id", "1", digest));
    assertEquals(1, BackupManifest.readVerified(folder).tables().size());

    Files.write(folder.resolve("t.copy.gz"), new byte[] {1, 2, 4});
    StoreRefused changed =
        assertThrows(StoreRefused.class, () -> BackupManifest.readVerified(folder));
    assertTrue(
        changed.getMessage().contains("is damaged: t.copy.gz does not have"), changed.getMessage());
    Files.delete(folder.resolve("t.copy.gz"));
    StoreRefused missing =
        assertThrows(StoreRefused.class, () -> BackupManifest.readVerified(folder));
    assertTrue(missing.getMessage().contains("t.copy.gz is missing"), missing.getMessage());
    Files.delete(folder.resolve(BackupManifest.FILE));
    assertThrows(StoreRefused.class, () -> BackupManifest.readVerified(folder));
  }

  @Test
  void theSchemaVersionReadsBack() {
    assertEquals(SCHEMA, SchemaVersion.parse(SCHEMA.text()));
  }

  private static String manifest(String table, String columns, String rows, String sha256) {
    return "format="
        + BackupManifest.FORMAT
        + "\ntaken=2026-12-07T00:00:00Z\nschema="
        + SCHEMA.text()
        + "\ntables="
        + table
        + "\ntable."
        + table
        + ".columns="
        + columns
        + "\ntable."
        + table
        + ".rows="
        + rows
        + "\ntable."
        + table
        + ".sha256="
        + sha256
        + "\n";
  }
}
