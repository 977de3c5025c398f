package org.cync.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.cync.audit.AuditTrail;
import org.cync.history.RunProgressReader;
import org.cync.store.DataDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes a backup of both stores and the private files into {@code backups/} of the data directory:
 * one at a time, never while a run goes (its two stores would not agree), into a {@code .partial}
 * folder renamed when complete, so a folder named {@code backup-…} is always whole. Keeps the
 * newest {@code cync.backup.keep} (default 7).
 */
@ApplicationScoped
public class OnlineBackup {
  private static final Logger LOG = Logger.getLogger(OnlineBackup.class.getName());

  @Resource(lookup = "jdbc/cync")
  DataSource applicationStore;

  @Resource(lookup = "jdbc/cync-batch")
  DataSource batchRepository;

  @Inject AuditTrail audit;
  @Inject RunProgressReader runs;

  @Inject
  @ConfigProperty(name = "cync.backup.keep", defaultValue = "7")
  int keep;

  /** Refused with a reason the API and console show as they are. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  /** A finished backup: its folder name, size and how long it took. */
  public record Written(String name, Path folder, long bytes, long millis) {}

  /** A backup in {@code backups/}, newest first in {@link #list()}. */
  public record Listed(String name, long bytes) {}

  public synchronized Written write() {
    if (runs.running().isPresent()) {
      throw new Refused("A run is in progress; take the backup when it has ended.");
    }
    String store = storeProduct();
    boolean postgres = store.contains("PostgreSQL");
    if (!postgres && !store.contains("Derby")) {
      throw new Refused(
          "CYNC's store is "
              + store
              + ", neither Derby nor PostgreSQL: back it up with the database's own tools.");
    }
    Instant start = Clock.systemUTC().instant();
    Path backups = folder();
    String name = unique(backups, BackupNames.of(start));
    Path partial = backups.resolve(name + BackupNames.PARTIAL);
    try {
      Files.createDirectories(partial);
      String summary = "";
      if (postgres) {
        summary = StoreBackup.postgres(batchRepository, partial, start);
      } else {
        StoreBackup.derby(applicationStore, partial);
        StoreBackup.h2(batchRepository, partial);
      }
      StoreBackup.privateFiles(DataDirectory.path(), partial);
      org.cync.store.PrivateFiles.tighten(partial); // the key store's copy is private at once
      Path done = Files.move(partial, backups.resolve(name));
      long bytes = size(done);
      long millis = Duration.between(start, Clock.systemUTC().instant()).toMillis();
      String what = name + " (" + (summary.isEmpty() ? "" : summary + ", ") + bytes / 1024 + " KB)";
      audit.record("Backup written", what);
      LOG.info("Backup written: " + done + ": " + what + ", " + millis + " ms");
      retain(backups);
      return new Written(name, done, bytes, millis);
    } catch (SQLException | IOException e) {
      delete(partial);
      LOG.warning("Backup failed: " + e);
      throw new Refused("The backup failed: " + e.getMessage());
    }
  }

  public List<Listed> list() {
    List<Listed> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder())) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        if (BackupNames.isBackup(p.getFileName().toString())) {
          out.add(new Listed(p.getFileName().toString(), size(p)));
        }
      }
    } catch (IOException e) {
      throw new Refused("Cannot list the backups: " + e.getMessage());
    }
    return out;
  }

  private Path folder() {
    Path backups = DataDirectory.path().resolve("backups");
    try {
      Files.createDirectories(backups);
    } catch (IOException e) {
      throw new Refused("Cannot create " + backups + ": " + e.getMessage());
    }
    return backups;
  }

  /** Two backups within one second get -2, -3, …: never two into one folder. */
  static String unique(Path backups, String name) {
    String candidate = name;
    for (int i = 2; Files.exists(backups.resolve(candidate)); i++) {
      candidate = name + "-" + i;
    }
    return candidate;
  }

  private void retain(Path backups) throws IOException {
    List<String> names;
    try (Stream<Path> s = Files.list(backups)) {
      names = s.map(p -> p.getFileName().toString()).toList();
    }
    for (String old : BackupNames.toRemove(names, Math.max(1, keep))) {
      delete(backups.resolve(old));
      LOG.info("Backup removed (keeping the newest " + keep + "): " + old);
    }
  }

  private String storeProduct() {
    try (Connection c = applicationStore.getConnection()) {
      return c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new Refused("The store does not answer: " + e.getMessage());
    }
  }

  static long size(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warning("Could not remove " + folder + ": " + e.getMessage());
    }
  }
}
