package org.cync.benchmark;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.cync.testing.CyncServer;

/**
 * One scenario: counters, CPU and heap peak taken before, {@code POST /api/runs}, polled every 200
 * ms until the run ends (or the timeout), the same taken after; the figures are the differences,
 * and the store's size after the run.
 */
final class ScenarioRun {
  static final String TIMEOUT = "TIMEOUT";
  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
  private final CyncServer cync;
  private final SandboxProcess sandbox;
  private final Tenant tenant;
  private final Duration timeout;
  private final Store store;
  private final Runnable onStarted;

  /** {@code onStarted} runs once the run has started (a console page opened, for one). */
  ScenarioRun(
      CyncServer cync,
      SandboxProcess sandbox,
      Tenant tenant,
      Store store,
      Duration timeout,
      Runnable onStarted) {
    this.cync = cync;
    this.sandbox = sandbox;
    this.tenant = tenant;
    this.store = store;
    this.timeout = timeout;
    this.onStarted = onStarted;
  }

  ScenarioLine run(int scenario) {
    Counters before = counters();
    boolean diagnostics = cync.postJson("/api/diagnostics/reset-peak", "").statusCode() == 200;
    double cpuBefore = ProcessCpu.seconds(cync.pid());
    long start = System.nanoTime();
    HttpResponse<String> started = cync.postJson("/api/runs", "{}");
    JsonObject o = TenantSetup.json(started, 202);
    long id = o.get("executionId").getAsLong();
    onStarted.run();
    String status = TIMEOUT;
    long deadline = start + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = cync.get("/api/runs/" + id);
      if (r.statusCode() == 200) {
        String s = JsonParser.parseString(r.body()).getAsJsonObject().get("status").getAsString();
        if (ENDED.contains(s)) {
          status = s;
          break;
        }
      }
      // Finely at first (a no-op run ends within a second or two), then gently: every poll costs
      // CYNC some CPU (JFR: 16 % of a run's samples at one poll every 0.5 s), which the figures
      // should not be about; after a minute, 2 s are under 1 % of such a run's wall time.
      long elapsed = System.nanoTime() - start;
      sleep(elapsed < 5_000_000_000L ? 100 : elapsed < 60_000_000_000L ? 500 : 2000);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpuAfter = ProcessCpu.seconds(cync.pid());
    long peak = -1;
    long live = -1;
    if (diagnostics) {
      HttpResponse<String> d = cync.get("/api/diagnostics");
      if (d.statusCode() == 200) {
        JsonObject figures = JsonParser.parseString(d.body()).getAsJsonObject();
        peak = figures.get("heapPeakMb").getAsLong();
        live = figures.get("heapLiveMaxMb").getAsLong();
      }
    }
    Counters c = counters().minus(before);
    double bound =
        Bound.seconds(
            c.writesByMailbox(),
            c.admittedByMailbox(),
            tenant.latencyMillis(),
            TenantSetup.CONCURRENCY,
            TenantSetup.REQUESTS_PER_WINDOW,
            TenantSetup.WINDOW_MILLIS);
    return new ScenarioLine(
        scenario,
        c.writes(),
        wall,
        c.httpCalls(),
        c.subRequests(),
        c.throttled(),
        bound,
        cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore,
        peak,
        live,
        store.megabytes(),
        status);
  }

  private Counters counters() {
    return Counters.of(sandbox.admin("GET", "/counters", (String) null).getAsJsonObject());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
