package org.cync.benchmark;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The standalone sandbox ({@code java -jar target/cync-sandbox.jar}) in its own process, so its
 * threads do not count as CYNC's CPU; its admin API is how the benchmark sets limits and reads
 * counters.
 */
final class SandboxProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private final Process process;
  private final Map<String, String> coordinates;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private SandboxProcess(Process process, Map<String, String> coordinates) {
    this.process = process;
    this.coordinates = coordinates;
  }

  /** {@code heapMb}: its -Xmx; its mailboxes hold every contact written, about 1 KB each. */
  static SandboxProcess start(Path jar, int users, int mailboxes, int heapMb, Path log) {
    List<String> cmd =
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-Xmx" + heapMb + "m",
            "-jar",
            jar.toAbsolutePath().toString(),
            "--users",
            String.valueOf(users),
            "--mailboxes",
            String.valueOf(mailboxes),
            "--seed",
            "42");
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException ended) {
                // the process is gone; start() sees it
              }
            },
            "sandbox-stdout");
    reader.setDaemon(true);
    reader.start();
    Map<String, String> out = new LinkedHashMap<>();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        String line = lines.poll(500, TimeUnit.MILLISECONDS);
        if (line == null) {
          if (!p.isAlive()) {
            throw new IllegalStateException(
                "the sandbox exited with " + p.exitValue() + "; see " + log);
          }
        } else if (line.equals("ready")) {
          return new SandboxProcess(p, out);
        } else if (line.contains("=")) {
          out.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      p.destroyForcibly();
      throw e;
    }
    p.destroyForcibly();
    throw new IllegalStateException("the sandbox was not ready within " + START_TIMEOUT);
  }

  /**
   * The heap still in use after a full collection, in MB ({@code jcmd GC.run}, then {@code
   * GC.heap_info}): what its mailboxes need; -1 when jcmd cannot tell.
   */
  long liveHeapMb() {
    Path jcmd =
        Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    String pid = String.valueOf(process.pid());
    try {
      run(jcmd.toString(), pid, "GC.run");
      return usedKb(run(jcmd.toString(), pid, "GC.heap_info")) / 1024;
    } catch (IOException | RuntimeException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * From {@code GC.heap_info}: "garbage-first heap total reserved 262144K, committed 262144K, used
   * 13118K [..." (Java 25; older ones print "total 262144K, used 13118K").
   */
  static long usedKb(String heapInfo) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("heap\\s+total[^\\n]*?used (\\d+)K").matcher(heapInfo);
    if (!m.find()) {
      throw new IllegalArgumentException("no heap total/used in: " + heapInfo);
    }
    return Long.parseLong(m.group(1));
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + ": " + out);
    }
    return out;
  }

  String get(String key) {
    return coordinates.get(key);
  }

  /** An admin call that must answer 200; its JSON answer. */
  JsonElement admin(String method, String path, String json) {
    return admin(
        method,
        path,
        json == null ? null : json.getBytes(StandardCharsets.UTF_8),
        "application/json");
  }

  JsonElement admin(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(get("admin") + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      b.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            method + " /admin" + path + " -> " + r.statusCode() + ": " + r.body());
      }
      return JsonParser.parseString(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
