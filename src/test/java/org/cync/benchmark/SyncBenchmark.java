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
import java.util.concurrent.CompletableFuture;
import org.cync.testing.CyncServer;

/**
 * The sync benchmark: {@code cync.jar} syncs the standalone sandbox's tenant with Outlook's real
 * limits and a fixed latency, and one line per scenario says how close to the limits' bound it got
 * and what it cost. Figures only: it asserts nothing. Run by {@code ./mvnw -Pbenchmark verify};
 * system properties {@code benchmark.scenarios} (1..7, default 1,2,3,4), {@code benchmark.scale}
 * (factor on the user counts, default 1) and {@code benchmark.store} (derby or postgresql).
 */
public final class SyncBenchmark {
  private static final Duration SCENARIO_TIMEOUT = Duration.ofMinutes(20);
  // 1.1 million writes at the 1,500 a second aimed for take 12 minutes; slower is a figure too
  private static final Duration LARGE_SCENARIO_TIMEOUT = Duration.ofMinutes(90);
  private final Path target;
  private final Path report;
  private final List<AutoCloseable> running = new ArrayList<>();

  private SyncBenchmark(Path target) {
    this.target = target;
    this.report = target.resolve("benchmark.txt");
  }

  public static void main(String[] args) {
    Set<Integer> asked = Plan.scenarios(System.getProperty("benchmark.scenarios", "1,2,3,4"));
    double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    Store.Kind store = Store.kind(System.getProperty("benchmark.store", "derby"));
    SyncBenchmark b = new SyncBenchmark(Path.of(System.getProperty("benchmark.target", "target")));
    Runtime.getRuntime().addShutdownHook(new Thread(b::closeAll));
    b.setup(asked, scale, store);
    boolean ok = true;
    for (List<Integer> run : Plan.runs(asked)) {
      ok &= b.tenant(Tenant.forScenario(run.get(0), scale), store, run, asked);
    }
    System.exit(ok ? 0 : 1);
  }

  private void setup(Set<Integer> asked, double scale, Store.Kind store) {
    emit(
        String.format(
            Locale.ROOT,
            "# sync benchmark %s: cync %s, payara-micro %s, graph-sdk %s, java %s (%s), %d cores,"
                + " load average %s, store %s, scenarios %s, scale %s",
            Instant.now(),
            System.getProperty("cync.version", "?"),
            System.getProperty("payara.version", "?"),
            System.getProperty("graph.version", "?"),
            System.getProperty("java.version"),
            System.getProperty("java.vm.name"),
            Runtime.getRuntime().availableProcessors(),
            loadAverage(),
            store.name().toLowerCase(Locale.ROOT),
            asked,
            scale));
  }

  /** One tenant size: sandbox and CYNC started afresh, connected, then its scenarios in order. */
  private boolean tenant(
      Tenant t, Store.Kind storeKind, List<Integer> scenarios, Set<Integer> asked) {
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
                        t.sandboxHeapMb(),
                        dir.resolve("sandbox.log"))));
    try {
      Store store = keep(Store.open(storeKind, dataDir, t.name(), t.parallelism()));
      CyncServer cync = keep(CyncServer.start(dataDir, store.cyncEnvironment(), cyncJvm(dir)));
      SandboxProcess sandbox = sandboxStart.join();
      String verdict = TenantSetup.connect(cync, sandbox);
      JsonObject group = TenantSetup.targetsGroup(sandbox);
      String warning =
          TenantSetup.chooseTargets(cync, group.get("id").getAsString(), t.parallelism());
      TenantSetup.limitsAndLatency(sandbox, t.latencyMillis());
      emit(
          String.format(
              Locale.ROOT,
              "# tenant users=%d mailboxes=%d targets=%d (group %s) parallelism=%d latency_ms=%d"
                  + " limits=%d concurrent, %d per %d s per mailbox; store %s; sandbox -Xmx%dm;"
                  + " ready in %.0f s; Test Connection %s; logs in %s",
              t.users(),
              t.mailboxes(),
              group.get("memberCount").getAsInt(),
              group.get("id").getAsString(),
              t.parallelism(),
              t.latencyMillis(),
              TenantSetup.CONCURRENCY,
              TenantSetup.REQUESTS_PER_WINDOW,
              TenantSetup.WINDOW_MILLIS / 1000,
              store.describe(),
              t.sandboxHeapMb(),
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
        if (Plan.changesUsers(s)) {
          int k = Math.max(1, t.users() / 100);
          sandbox.admin("POST", "/directory/users/change", "{\"count\":" + k + "}");
        }
        ScenarioLine line =
            new ScenarioRun(
                    cync,
                    sandbox,
                    t,
                    store,
                    s >= 5 ? LARGE_SCENARIO_TIMEOUT : SCENARIO_TIMEOUT,
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
      emit(
          "# sandbox heap after the tenant's scenarios: live_mb="
              + sandbox.liveHeapMb()
              + " of -Xmx"
              + t.sandboxHeapMb()
              + "m");
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

  /** The last started first: CYNC before its store. */
  private synchronized void closeAll() {
    for (AutoCloseable c : running.reversed()) {
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
