package org.cync.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cync.store.DataDirectory;

/**
 * The runs a graceful shutdown stopped, kept in a file beside the job repository until the next
 * start has labelled them ({@link OrphanedRunRecovery}). A file, not a table: it is written while
 * the server shuts down, with the fewest moving parts, and its absence (a crash) is the default.
 * One execution id a line.
 */
final class StoppedAtShutdown {
  private final Path file;

  StoppedAtShutdown(Path file) {
    this.file = file;
  }

  /** The marker of this installation's data directory. */
  static StoppedAtShutdown inDataDirectory() {
    return new StoppedAtShutdown(
        DataDirectory.path().resolve("batch").resolve("stopped-at-shutdown"));
  }

  void write(Collection<Long> executionIds) {
    DataDirectory.writePrivate(
        file,
        executionIds.stream()
            .map(String::valueOf)
            .collect(Collectors.joining("\n", "", "\n"))
            .getBytes(StandardCharsets.UTF_8));
  }

  /** The runs the last shutdown stopped; none after a crash (or a shutdown with none running). */
  Set<Long> read() {
    try {
      if (!Files.exists(file)) {
        return Set.of();
      }
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::trim)
          .filter(line -> line.matches("\\d{1,18}"))
          .map(Long::valueOf)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Forgets the marker once it has been used, so a later crash is not taken for a shutdown. */
  void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + file, e);
    }
  }
}
