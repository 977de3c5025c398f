package org.cync.schedule;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code GET /api/schedule}: when the next scheduled run starts and whether it is a full reconcile,
 * the weekly reconcile slot and a pause (its end as an instant, null when not paused now), and what
 * the schedule last started and last skipped. The schedule is changed with the other sync settings
 * ({@code PUT /api/sync-settings} with {@code {"schedule":{...}}}).
 */
@Path("schedule")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {
  private static final Gson GSON = new GsonBuilder().serializeNulls().create();

  @Inject ScheduleOverview overview;

  @GET
  public String get() {
    ScheduleStatus s = overview.now();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("enabled", s.options().enabled());
    body.put("everyMinutes", s.options().everyMinutes());
    body.put("reconcileEveryDays", s.options().reconcileEveryDays());
    body.put("reconcileDay", s.options().reconcileDay());
    body.put("reconcileTime", s.options().reconcileTime());
    body.put("timeZone", s.options().timeZone());
    body.put("pausedUntil", s.pausedUntil().map(Instant::toString).orElse(null));
    body.put("connectionCheck", s.options().connectionCheck());
    body.put("nextRun", s.nextRun().map(Instant::toString).orElse(null));
    body.put("nextRunReconcile", s.nextRun().isPresent() ? s.nextRunReconcile() : null);
    body.put("connected", s.connected());
    body.put(
        "awaitingApproval",
        s.awaitingApproval().isPresent() ? s.awaitingApproval().getAsLong() : null);
    body.put("lastStarted", s.lastStarted() == null ? null : started(s.lastStarted()));
    body.put(
        "lastSkipped",
        s.lastSkipped() == null
            ? null
            : Map.of("at", s.lastSkipped().at().toString(), "reason", s.lastSkipped().reason()));
    return GSON.toJson(body);
  }

  /** With the parameters as the batch runtime keeps them, which is what the run really got. */
  private static Map<String, Object> started(ScheduledStart.Started started) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", started.at().toString());
    m.put("executionId", started.executionId());
    m.put("reconcile", started.reconcile());
    Properties p = BatchRuntime.getJobOperator().getParameters(started.executionId());
    Map<String, String> parameters = new TreeMap<>();
    if (p != null) {
      p.stringPropertyNames().forEach(k -> parameters.put(k, p.getProperty(k)));
    }
    m.put("parameters", parameters);
    return m;
  }
}
