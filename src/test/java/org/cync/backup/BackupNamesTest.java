package org.cync.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupNamesTest {
  @Test
  void namesSortByTimeAndCarryNoColon() {
    String a = BackupNames.of(Instant.parse("2026-12-06T09:05:00Z"));
    String b = BackupNames.of(Instant.parse("2026-12-06T18:00:01Z"));
    assertEquals("backup-20261206T090500Z", a);
    assertTrue(a.compareTo(b) < 0);
    assertFalse(a.contains(":"));
    assertTrue(BackupNames.isBackup(a));
    assertTrue(BackupNames.isBackup(a + "-2"));
    assertFalse(BackupNames.isBackup(a + ".partial"), "an unfinished backup is not one");
    assertFalse(BackupNames.isBackup("notes.txt"));
  }

  @Test
  void retentionRemovesAllButTheNewestAndNeverSomethingElse() {
    List<String> names =
        List.of(
            "backup-20261201T000000Z",
            "backup-20261203T000000Z",
            "backup-20261202T000000Z",
            "backup-20261204T000000Z.partial",
            "keep-me.txt");
    assertEquals(
        List.of("backup-20261202T000000Z", "backup-20261201T000000Z"),
        BackupNames.toRemove(names, 1));
    assertEquals(List.of(), BackupNames.toRemove(names, 3));
    assertThrows(IllegalArgumentException.class, () -> BackupNames.toRemove(names, 0));
  }
}
