package org.cync.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.cync.testing.PostgresServer;

/**
 * Where CYNC keeps its two stores during a tenant's scenarios ({@code -Dbenchmark.store}): the
 * built-in Derby and H2 files in the data directory, or a real PostgreSQL the benchmark starts for
 * the tenant (as {@code PostgresStoresIT} does) and stops after it. Also measures the store's size.
 */
final class Store implements AutoCloseable {
  enum Kind {
    DERBY,
    POSTGRESQL
  }

  private final Path dataDir;
  private final PostgresServer postgres;

  private Store(Path dataDir, PostgresServer postgres) {
    this.dataDir = dataDir;
    this.postgres = postgres;
  }

  static Kind kind(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "", "derby" -> Kind.DERBY;
      case "postgresql", "postgres" -> Kind.POSTGRESQL;
      default ->
          throw new IllegalArgumentException(
              "benchmark.store: derby (the default) or postgresql, not '" + value + "'");
    };
  }

  /**
   * For PostgreSQL, a fresh server with the setting stores.md asks for {@code parallelism}
   * mailboxes written at once: 3 connections a mailbox + 20 (prepared transactions stay at 0).
   */
  static Store open(Kind kind, Path dataDir, String name, int parallelism) {
    if (kind == Kind.DERBY) {
      return new Store(dataDir, null);
    }
    PostgresServer server =
        PostgresServer.start(
            "bench-" + name, Map.of("max_connections", String.valueOf(3 * parallelism + 100)));
    return new Store(dataDir, server);
  }

  /** The environment that puts CYNC on this store (none for Derby). */
  Map<String, String> cyncEnvironment() {
    return postgres == null ? Map.of() : postgres.cyncEnvironment();
  }

  String describe() {
    if (postgres == null) {
      return "derby (data) + h2 (job repository) in the data directory";
    }
    return query("SHOW server_version", "PostgreSQL ?")
        + " (both stores, started by the benchmark)";
  }

  /**
   * The Derby + H2 files in the data directory, or {@code pg_database_size} of CYNC's database
   * (both stores are in it); -1 when it cannot be read.
   */
  double megabytes() {
    if (postgres == null) {
      return (bytes(dataDir.resolve("derby")) + bytes(dataDir.resolve("batch"))) / 1048576.0;
    }
    String size = query("SELECT pg_database_size(current_database())", "-1048576");
    return Long.parseLong(size) / 1048576.0;
  }

  private String query(String sql, String otherwise) {
    try (Connection c = postgres.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? (sql.startsWith("SHOW") ? "PostgreSQL " : "") + r.getString(1) : otherwise;
    } catch (SQLException e) {
      System.err.println(sql + ": " + e);
      return otherwise;
    }
  }

  static long bytes(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(Store::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException gone) {
      return 0; // a log file rolled over while counting
    }
  }

  @Override
  public void close() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  public String toString() {
    return postgres == null ? "the Derby store" : "PostgreSQL";
  }
}
