package org.cync.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code java -Dcync.restore=backup-… -jar cync.jar}: puts a backup of {@code backups/} back in
 * place of the stores and private files, then ends (start CYNC again without the setting). Runs
 * before Payara, so nothing has the stores open. What it replaces is moved, not deleted, into
 * {@code before-restore-…/}. A one-shot command rather than a start option; and a setting left in a
 * service file must not restore the same backup again at every start, so the restored backup is
 * noted in {@code restored-from} and naming it again is refused.
 */
public final class Restore {
  public static final String SETTING = "cync.restore";

  /** What a backup folder holds (see org.cync.backup.StoreBackup): each put back by name. */
  static final String DERBY = "derby";

  static final String BATCH_ZIP = "batch-jobs.zip";
  static final List<String> PRIVATE_FILES =
      List.of("keystore.p12", "keystore-password", "smtp-password");

  /** Replaced along with the stores: a transaction log of the old stores must not be replayed. */
  static final List<String> MOVED_ASIDE = List.of("derby", "batch", "transactions");

  /** Which backup was restored last, so that a left-over setting does not restore it again. */
  static final String NOTE = "restored-from";

  private Restore() {}

  /** Restores {@code backup} (a name in {@code backups/} or a path); answers what was moved. */
  public static Path run(Path dataDir, String backup, Instant now) {
    Path folder = locate(dataDir, backup);
    Path note = dataDir.resolve(NOTE);
    String restored = folder.toAbsolutePath().normalize().toString();
    try {
      if (Files.isRegularFile(note) && Files.readString(note).strip().equals(restored)) {
        throw new StartupProblem(
            "the backup "
                + restored
                + " was restored already ("
                + note
                + "); start CYNC without "
                + SETTING
                + " (or delete that file to restore it once more).");
      }
    } catch (IOException e) {
      throw new StartupProblem("cannot read " + note + ": " + e.getMessage());
    }
    Path aside =
        dataDir.resolve(
            "before-restore-"
                + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .withZone(ZoneOffset.UTC)
                    .format(now));
    try {
      Files.createDirectories(aside);
      for (String name : MOVED_ASIDE) {
        moveIfPresent(dataDir.resolve(name), aside.resolve(name));
      }
      for (String name : PRIVATE_FILES) {
        moveIfPresent(dataDir.resolve(name), aside.resolve(name));
      }
      copyTree(folder.resolve(DERBY), dataDir.resolve(DERBY));
      unzip(folder.resolve(BATCH_ZIP), dataDir.resolve("batch"));
      for (String name : PRIVATE_FILES) {
        if (Files.isRegularFile(folder.resolve(name))) {
          Files.copy(folder.resolve(name), dataDir.resolve(name));
        }
      }
      Files.writeString(note, restored + System.lineSeparator());
      return aside;
    } catch (IOException e) {
      throw new StartupProblem(
          "the restore of "
              + folder
              + " failed: "
              + e.getMessage()
              + "; what it replaced is in "
              + aside
              + " (move it back to undo).");
    }
  }

  static Path locate(Path dataDir, String backup) {
    if (backup == null || backup.isBlank() || backup.length() > 4096) {
      throw new StartupProblem(SETTING + " must name a backup, e.g. backup-20261206T180500Z.");
    }
    Path given = Path.of(backup.strip());
    Path folder = given.isAbsolute() ? given : dataDir.resolve("backups").resolve(given);
    if (!Files.isDirectory(folder.resolve(DERBY))
        || !Files.isRegularFile(folder.resolve(BATCH_ZIP))) {
      throw new StartupProblem(
          SETTING
              + "="
              + backup
              + ": "
              + folder
              + " is not a finished backup (it needs "
              + DERBY
              + "/ and "
              + BATCH_ZIP
              + "); the backups are listed by GET /api/backup and under "
              + dataDir.resolve("backups")
              + ".");
    }
    return folder;
  }

  private static void moveIfPresent(Path from, Path to) throws IOException {
    if (Files.exists(from)) {
      Files.move(from, to);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  /** Unzips H2's backup; an entry leaving the folder (../) is refused. */
  private static void unzip(Path zip, Path to) throws IOException {
    Files.createDirectories(to);
    Path root = to.toAbsolutePath().normalize();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        Path target = root.resolve(e.getName()).normalize();
        if (!target.startsWith(root)) {
          throw new IOException("an entry outside the folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(z, target);
        }
      }
    }
  }
}
