package org.cync.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code java -Dcync.restore=backup-… -jar cync.jar}: puts a backup of {@code backups/} back in
 * place of the stores and private files, then ends (start CYNC again without the setting). Runs
 * before Payara, so nothing has the stores open. What it replaces is moved, not deleted, into
 * {@code before-restore-…/}. A one-shot command rather than a start option; and a setting left in a
 * service file must not restore the same backup again at every start, so the restored backup is
 * noted in {@code restored-from} and naming it again is refused. A backup of PostgreSQL stores
 * ({@value #POSTGRES_MANIFEST}) goes back into the database of the PostgreSQL settings, through the
 * WAR's {@code org.cync.store.PostgresRestore} ({@link WarCommand}), before any file moves: a
 * refused restore changes nothing.
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

  /** A PostgreSQL backup's manifest (org.cync.store.BackupManifest.FILE): the same name there. */
  static final String POSTGRES_MANIFEST = "postgresql-backup.properties";

  /** Replaced on PostgreSQL: the transaction log may name transactions of the database's past. */
  static final List<String> MOVED_ASIDE_ON_POSTGRES = List.of("transactions");

  private static final String POSTGRES_RESTORE = "org.cync.store.PostgresRestore";

  /** What a restore did: where the replaced files went, and the database's lines (PostgreSQL). */
  record Restored(Path aside, List<String> lines) {}

  /** Which backup was restored last, so that a left-over setting does not restore it again. */
  static final String NOTE = "restored-from";

  private Restore() {}

  /** Restores {@code backup} (a name in {@code backups/} or a path); answers what was moved. */
  public static Path run(Path dataDir, String backup, Instant now) {
    return run(
            dataDir,
            backup,
            now,
            Optional.empty(),
            folder -> {
              throw new IllegalStateException("no PostgreSQL store");
            })
        .aside();
  }

  /** The launcher's restore: with the start's settings, PostgreSQL's if set. */
  static Restored run(LaunchSettings settings, String backup, Instant now) {
    return run(
        settings.dataDir(),
        backup,
        now,
        settings.store(),
        folder -> {
          PostgresStore store = settings.store().orElseThrow();
          return WarCommand.run(
              settings,
              POSTGRES_RESTORE,
              "restore",
              folder.toString(),
              store.jdbcUrl(),
              store.user(),
              store.password());
        });
  }

  /** {@code intoPostgres} puts a PostgreSQL backup's tables back (or throws, changing nothing). */
  static Restored run(
      Path dataDir,
      String backup,
      Instant now,
      Optional<PostgresStore> store,
      Function<Path, List<String>> intoPostgres) {
    Path folder = locate(dataDir, backup);
    boolean postgres = Files.isRegularFile(folder.resolve(POSTGRES_MANIFEST));
    requireMatchingStore(folder, postgres, store);
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
    List<String> lines = postgres ? intoPostgres.apply(folder) : List.of();
    List<RestoreSteps.Step> steps = new ArrayList<>();
    steps.add(
        new RestoreSteps.Step("make the folder " + aside, () -> Files.createDirectories(aside)));
    for (String name : postgres ? MOVED_ASIDE_ON_POSTGRES : MOVED_ASIDE) {
      RestoreSteps.moveAside(steps, dataDir.resolve(name), aside.resolve(name));
    }
    for (String name : PRIVATE_FILES) {
      RestoreSteps.moveAside(steps, dataDir.resolve(name), aside.resolve(name));
    }
    if (!postgres) {
      Path derby = dataDir.resolve(DERBY);
      steps.add(
          new RestoreSteps.Step(
              "copy " + folder.resolve(DERBY) + " to " + derby,
              () -> copyTree(folder.resolve(DERBY), derby)));
      Path batch = dataDir.resolve("batch");
      steps.add(
          new RestoreSteps.Step(
              "unzip " + folder.resolve(BATCH_ZIP) + " into " + batch,
              () -> unzip(folder.resolve(BATCH_ZIP), batch)));
    }
    for (String name : PRIVATE_FILES) {
      Path from = folder.resolve(name);
      if (Files.isRegularFile(from)) {
        Path to = dataDir.resolve(name);
        steps.add(new RestoreSteps.Step("copy " + from + " to " + to, () -> Files.copy(from, to)));
      }
    }
    steps.add(
        new RestoreSteps.Step(
            "write the line " + restored + " into " + note,
            () -> Files.writeString(note, restored + System.lineSeparator())));
    RestoreSteps.run(steps, folder, aside, postgres);
    return new Restored(aside, lines);
  }

  static Path locate(Path dataDir, String backup) {
    if (backup == null || backup.isBlank() || backup.length() > 4096) {
      throw new StartupProblem(SETTING + " must name a backup, e.g. backup-20261206T180500Z.");
    }
    Path given = Path.of(backup.strip());
    Path folder = given.isAbsolute() ? given : dataDir.resolve("backups").resolve(given);
    boolean derby =
        Files.isDirectory(folder.resolve(DERBY)) && Files.isRegularFile(folder.resolve(BATCH_ZIP));
    if (!derby && !Files.isRegularFile(folder.resolve(POSTGRES_MANIFEST))) {
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
              + ", or "
              + POSTGRES_MANIFEST
              + "); the backups are listed by GET /api/backup and under "
              + dataDir.resolve("backups")
              + ".");
    }
    return folder;
  }

  /** A backup goes back into the kind of store it was taken from, the one CYNC will start on. */
  static void requireMatchingStore(Path folder, boolean postgres, Optional<PostgresStore> store) {
    if (postgres && store.isEmpty()) {
      throw new StartupProblem(
          folder
              + " is a backup of PostgreSQL stores: restore it with the PostgreSQL settings CYNC"
              + " starts with ("
              + LaunchSettings.both(PostgresStore.URL)
              + ", "
              + LaunchSettings.both(PostgresStore.USER)
              + " and the password; stores.md). Nothing was restored.");
    }
    if (!postgres && store.isPresent()) {
      throw new StartupProblem(
          folder
              + " is a backup of the built-in Derby and H2 stores, but CYNC is set to start on"
              + " PostgreSQL ("
              + store.get()
              + "): restore it without the PostgreSQL settings, or restore a backup taken on"
              + " PostgreSQL. Nothing was restored.");
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
