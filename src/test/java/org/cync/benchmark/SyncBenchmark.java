package org.cync.benchmark;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.cync.testing.CyncServer;

/**
 * The sync benchmark: {@code cync.jar} syncs the standalone sandbox's tenant with Outlook's real
 * limits and a fixed latency, and one line per scenario says how close to the limits' bound it got
 * and what it cost. Figures only: it asserts nothing. Run by {@code ./mvnw -Pbenchmark verify};
 * system properties {@code benchmark.scenarios} (default 1,2,3,4) and {@code benchmark.scale}
 * (factor on the user counts, default 1).
 */
public final class SyncBenchmark {
  private static final Duration SCENARIO_TIMEOUT = Duration.ofMinutes(20);
  private final Path target;
  private final Path report;
  private final List<AutoCloseable> running = new ArrayList<>();

  private SyncBenchmark(Path target) {
    this.target = target;
    this.report = target.resolve("benchmark.txt");
  }

  public static void main(String[] args) {
    Set<Integer> asked = scenarios(System.getProperty("benchmark.scenarios", "1,2,3,4"));
    double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    SyncBenchmark b = new SyncBenchmark(Path.of(System.getProperty("benchmark.target", "target")));
    Runtime.getRuntime().addShutdownHook(new Thread(b::closeAll));
    b.setup(asked, scale);
    boolean ok = true;
    List<Integer> first = asked.stream().filter(s -> s <= 3).toList();
    if (!first.isEmpty()) {
      List<Integer> run = new ArrayList<>(List.of(1));
      first.stream().filter(s -> s > 1).forEach(run::add);
      ok &= b.tenant(Tenant.forScenario(1, scale), run, asked);
    }
    if (asked.contains(4)) {
      ok &= b.tenant(Tenant.forScenario(4, scale), List.of(4), asked);
    }
    System.exit(ok ? 0 : 1);
  }

  static Set<Integer> scenarios(String list) {
    Set<Integer> s = new TreeSet<>();
    for (String p : list.split("[,\\s]+")) {
      if (!p.isBlank()) {
        int n = Integer.parseInt(p.strip());
        if (n < 1 || n > 4) {
          throw new IllegalArgumentException("benchmark.scenarios: 1..4, not " + n);
        }
        s.add(n);
      }
    }
    return s;
  }

  private void setup(Set<Integer> asked, double scale) {
    emit(
        String.format(
            Locale.ROOT,
            "# sync benchmark %s: cync %s, payara-micro %s, graph-sdk %s, java %s (%s), %d cores,"
                + " load average %s, scenarios %s, scale %s",
            Instant.now(),
            System.getProperty("cync.version", "?"),
            System.getProperty("payara.version", "?"),
            System.getProperty("graph.version", "?"),
            System.getProperty("java.version"),
            System.getProperty("java.vm.name"),
            Runtime.getRuntime().availableProcessors(),
            loadAverage(),
            asked,
            scale));
  }

  /** One tenant size: sandbox and CYNC started afresh, connected, then its scenarios in order. */
  private boolean tenant(Tenant t, List<Integer> scenarios, Set<Integer> asked) {
    Path dataDir =
        target
            .resolve("benchmark-data")
            .resolve(t.name() + "-" + System.currentTimeMillis())
            .resolve("data");
    Path dir = dataDir.getParent();
    CompletableFuture<SandboxProcess> sandboxStart;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long started = System.nanoTime();
    sandboxStart =
        CompletableFuture.supplyAsync(
            () ->
                keep(
                    SandboxProcess.start(
                        target.resolve("cync-sandbox.jar"),
                        t.users(),
                        t.mailboxes(),
                        dir.resolve("sandbox.log"))));
    try {
      CyncServer cync = keep(CyncServer.start(dataDir, cyncJvm(dir)));
      SandboxProcess sandbox = sandboxStart.join();
      String verdict = TenantSetup.connect(cync, sandbox);
      JsonObject group = TenantSetup.targetsGroup(sandbox);
      String warning = TenantSetup.chooseTargets(cync, group.get("id").getAsString());
      TenantSetup.limitsAndLatency(sandbox, t.latencyMillis());
      emit(
          String.format(
              Locale.ROOT,
              "# tenant users=%d mailboxes=%d targets=%d (group %s) latency_ms=%d limits=%d"
                  + " concurrent, %d per %d s per mailbox; ready in %.0f s; Test Connection %s;"
                  + " logs in %s",
              t.users(),
              t.mailboxes(),
              group.get("memberCount").getAsInt(),
              group.get("id").getAsString(),
              t.latencyMillis(),
              TenantSetup.CONCURRENCY,
              TenantSetup.REQUESTS_PER_WINDOW,
              TenantSetup.WINDOW_MILLIS / 1000,
              (System.nanoTime() - started) / 1e9,
              verdict,
              dir));
      if (warning != null) {
        emit("# WARNING " + warning);
      }
      ConsoleWatcher console = ConsoleWatcher.openIfAsked(cync);
      if (console != null) {
        keep(console);
        emit(
            "# console: Chromium shows the dashboard (live progress, polled every 3 s) during runs");
      }
      for (int s : scenarios) {
        if (s == 3) {
          int k = Math.max(1, t.users() / 100);
          sandbox.admin("POST", "/directory/users/change", "{\"count\":" + k + "}");
        }
        ScenarioLine line =
            new ScenarioRun(
                    cync,
                    sandbox,
                    t,
                    SCENARIO_TIMEOUT,
                    console == null ? () -> {} : console::showDashboard)
                .run(s);
        if (asked.contains(s)) {
          emit(line.format());
        } else {
          System.out.println("# prerequisite (not written to benchmark.txt): " + line.format());
        }
        if (line.status().equals(ScenarioRun.TIMEOUT)) {
          emit("# scenario " + s + " did not end: the other scenarios of this tenant are skipped");
          return false;
        }
      }
      cync.stop(); // SIGTERM, not the SIGKILL of closeAll: a profiler's recording is written out
      return true;
    } catch (RuntimeException | AssertionError e) {
      emit("# ERROR tenant " + t.name() + ": " + e.toString().replace('\n', ' '));
      e.printStackTrace();
      return false;
    } finally {
      closeAll();
      sandboxStart.handle((s, e) -> s).join();
      closeAll();
    }
  }

  private synchronized <T extends AutoCloseable> T keep(T process) {
    running.add(process);
    return process;
  }

  private synchronized void closeAll() {
    for (AutoCloseable c : running) {
      try {
        c.close();
      } catch (Exception e) {
        System.err.println("could not stop " + c + ": " + e);
      }
    }
    running.clear();
  }

  /** To stdout and appended to target/benchmark.txt. */
  private void emit(String line) {
    System.out.println(line);
    try {
      Files.writeString(report, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The machine is shared: the 1-minute load at the start says how much of it others used. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  /**
   * CYNC's JVM options: 1 GB heap, a GC log, and whatever -Dbenchmark.cyncJvm adds (a profiler).
   */
  private static String[] cyncJvm(Path dir) {
    java.util.List<String> options = new java.util.ArrayList<>();
    options.add("-Xmx512m"); // the memory goal: scenario 4 must fit
    options.add("-Xlog:gc:file=" + dir.resolve("gc.log"));
    String extra = System.getProperty("benchmark.cyncJvm", "").replace("{dir}", dir.toString());
    for (String o : extra.trim().split("\\s+")) {
      if (!o.isBlank()) {
        options.add(o);
      }
    }
    return options.toArray(String[]::new);
  }
}
