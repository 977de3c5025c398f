package org.cync.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the PostgreSQL server binaries are: Debian installs them out of the PATH, one directory per
 * major version, so the test looks there too.
 */
final class PostgresBinaries {
  private PostgresBinaries() {}

  /**
   * The directory with initdb and postgres: on the PATH, else the newest of Debian's {@code
   * /usr/lib/postgresql/VERSION/bin}.
   */
  static Path find() {
    List<Path> candidates = new ArrayList<>();
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        candidates.add(Path.of(entry));
      }
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        versions
            .map(v -> v.resolve("bin"))
            .sorted(Comparator.comparing(PostgresBinaries::version).reversed())
            .forEach(candidates::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Optional<Path> found =
        candidates.stream()
            .filter(
                d ->
                    Files.isExecutable(d.resolve("initdb"))
                        && Files.isExecutable(d.resolve("postgres")))
            .findFirst();
    return found.orElseThrow(
        () ->
            new AssertionError(
                "No PostgreSQL server binaries (initdb, postgres) on the PATH or in"
                    + " /usr/lib/postgresql/*/bin: install them (sudo apt-get install postgresql),"
                    + " as .ci/run does."));
  }

  private static int version(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
