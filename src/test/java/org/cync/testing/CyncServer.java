package org.cync.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * CYNC as an operator runs it: {@code java -jar target/cync.jar} in its own process, on a free port
 * and a data directory of the test's choosing. Stopping is SIGTERM (Ctrl+C, a service stop);
 * killing is SIGKILL (a crash).
 */
public final class CyncServer implements AutoCloseable {
  // Generous: a busy 2-core machine has taken over 3 minutes; a healthy start takes under one.
  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

  /** The admin password every test server gets through CYNC_ADMIN_PASSWORD. */
  public static final String ADMIN_PASSWORD = "it-admin-Pässword";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final String ADMIN =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString(
                  ("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private final Process process;
  private final int port;
  private final Path log;
  private final Path dataDir;

  private CyncServer(Process process, int port, Path dataDir) {
    this.process = process;
    this.port = port;
    this.log = logOf(dataDir);
    this.dataDir = dataDir;
  }

  /**
   * Starts CYNC and waits until {@code /health/ready} answers 200; fails with the log if it exits
   * first.
   */
  public static CyncServer start(Path dataDir, String... jvmOptions) {
    return start(dataDir, Map.of(), jvmOptions);
  }

  /**
   * Starts CYNC with extra environment variables (e.g. CYNC_BIND, CYNC_HTTPS_*); with HTTPS on,
   * plain HTTP only redirects, so a 308 from {@code /health/ready} counts as ready.
   */
  public static CyncServer start(Path dataDir, Map<String, String> env, String... jvmOptions) {
    int port = freePort();
    Process process = launch(dataDir, port, List.of(jvmOptions), env);
    CyncServer server = new CyncServer(process, port, dataDir);
    server.awaitReady(env.containsKey("CYNC_HTTPS_KEYSTORE") ? 308 : 200);
    return server;
  }

  /**
   * Runs CYNC with a configuration that must make it refuse to start; returns its exit code and
   * output.
   */
  public static Result runExpectingExit(
      Path dataDir, Map<String, String> env, String... jvmOptions) {
    Process process = launch(dataDir, freePort(), List.of(jvmOptions), env);
    try {
      if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("CYNC did not exit; log: " + read(logOf(dataDir)));
      }
      return new Result(process.exitValue(), read(logOf(dataDir)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Exit code and everything the process printed (standard output and error). */
  public record Result(int exitCode, String output) {
    public String lastLine() {
      String[] lines = output.strip().split("\\R");
      return lines[lines.length - 1];
    }
  }

  private static Process launch(
      Path dataDir, int port, List<String> jvmOptions, Map<String, String> env) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx768m");
    command.add("-Dcync.port=" + port);
    command.add("-Dcync.data.dir=" + dataDir);
    // Each CYNC its own temporary folder, beside its data: tests can see what it leaves there.
    command.add("-Djava.io.tmpdir=" + temporaryFolderOf(dataDir));
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(
        Path.of(System.getProperty("cync.jar", "target/cync.jar")).toAbsolutePath().toString());
    try {
      Files.createDirectories(dataDir.getParent());
      Files.createDirectories(temporaryFolderOf(dataDir));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logOf(dataDir).toFile()));
      builder.environment().remove("CYNC_PORT");
      builder.environment().remove("CYNC_DATA_DIR");
      builder.environment().put("CYNC_ADMIN_PASSWORD", ADMIN_PASSWORD);
      builder.environment().putAll(env);
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JVM's temporary folder ({@code java.io.tmpdir}) of the CYNC started on this data. */
  public static Path temporaryFolderOf(Path dataDir) {
    return dataDir.resolveSibling(dataDir.getFileName() + ".tmp");
  }

  private static Path logOf(Path dataDir) {
    return dataDir.resolveSibling(dataDir.getFileName() + ".log");
  }

  private void awaitReady(int readyStatus) {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("CYNC exited with " + process.exitValue() + ":\n" + log());
      }
      try {
        if (getAnonymously("/health/ready").statusCode() == readyStatus) {
          return;
        }
      } catch (UncheckedIOException notYet) {
        // not listening yet
      }
      sleep(250);
    }
    process.destroyForcibly();
    throw new AssertionError("CYNC was not ready within " + START_TIMEOUT + ":\n" + log());
  }

  public int port() {
    return port;
  }

  /** The operating system's ID of the server's process (for its CPU time in /proc). */
  public long pid() {
    return process.pid();
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** GET as the administrator (HTTP Basic). */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN).GET().build());
  }

  /** GET without credentials. */
  public HttpResponse<String> getAnonymously(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", ADMIN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Any method with an optional JSON body, as the administrator. */
  public HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", ADMIN)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (!method.equals("GET")) {
      b.header("Content-Type", "application/json"); // ApiWriteGuard wants it on every change
    }
    return send(b.build());
  }

  /** Any method with any content type, as the administrator (for the CSRF guard's tests). */
  public HttpResponse<String> sendRaw(String method, String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", ADMIN)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** GET of a binary answer as the administrator. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** GETs a JSON document and fails unless the answer is 200. */
  public JsonStructure getJson(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " -> " + response.statusCode() + ": " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).read();
  }

  public static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Ctrl+C / service stop: SIGTERM, then wait for the process to end. */
  public int stop() {
    process.destroy();
    return awaitExit();
  }

  /** A crash: SIGKILL, no shutdown hook runs. */
  public void kill() {
    process.destroyForcibly();
    awaitExit();
  }

  private int awaitExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * The whole log: the log files in the data directory ({@code logs/cync.log.9} … {@code .0}, the
   * oldest first), then what the process printed.
   */
  public String log() {
    StringBuilder all = new StringBuilder();
    for (int i = 9; i >= 0; i--) {
      Path file = dataDir.resolve("logs").resolve("cync.log." + i);
      if (Files.exists(file)) {
        all.append(read(file));
      }
    }
    return all.append(read(log)).toString();
  }

  /** Only what the process printed (the console). */
  public String console() {
    return read(log);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  /** Polls until the condition holds; fails with the message after the timeout. */
  public static void await(
      Duration timeout, String what, java.util.function.BooleanSupplier condition) {
    Instant start = Instant.now();
    Instant deadline = start.plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
      }
      sleep(pollMillis(start));
    }
  }

  /**
   * How long to wait before the next look: 50 ms in the first 3 seconds (most runs and changes the
   * tests wait for end within a second or two, and a test waits for hundreds of them, so a 200 ms
   * step alone cost CI tens of seconds), then 200 ms, so a long wait does not keep the server busy.
   */
  static long pollMillis(Instant waitingSince) {
    return Duration.between(waitingSince, Instant.now()).toMillis() < 3_000 ? 50 : 200;
  }

  /**
   * Starts a run through {@code POST /api/runs} with the given JSON parameters and returns its
   * execution ID; fails unless the answer is 202.
   */
  public long startRun(String parametersJson) {
    HttpResponse<String> started = postJson("/api/runs", parametersJson);
    if (started.statusCode() != 202) {
      throw new AssertionError("POST /api/runs -> " + started.statusCode() + ": " + started.body());
    }
    return parse(started.body()).getJsonNumber("executionId").longValue();
  }

  /**
   * Waits until run {@code id} is no longer starting, started or stopping and returns it as the API
   * shows it; fails with the tail of the server's log when it has not ended in time.
   */
  public JsonObject awaitRunEnd(long id, Duration within) {
    Instant start = Instant.now();
    Instant deadline = start.plus(within);
    while (Instant.now().isBefore(deadline)) {
      JsonObject run = getJson("/api/runs/" + id).asJsonObject();
      String status = run.getString("status");
      if (!List.of("STARTING", "STARTED", "STOPPING").contains(status)) {
        return run;
      }
      sleep(pollMillis(start));
    }
    String all = log();
    throw new AssertionError(
        "run "
            + id
            + " did not end within "
            + within
            + "; log:\n"
            + all.substring(Math.max(0, all.length() - 20_000)));
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh directory under the build's test data folder. */
  public static Path freshDataDir(String name) {
    Path base =
        Path.of(System.getProperty("cync.test.data.dir", "target/it-data")).toAbsolutePath();
    return base.resolve(name + "-" + System.currentTimeMillis()).resolve("data");
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "(no output)";
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
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
