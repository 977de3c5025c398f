package org.cync.metrics;

import java.time.Duration;
import java.util.List;

/**
 * The gauges read from the run history: the last ended run's duration and failing mailboxes, and
 * when the last successful run ended. A pure function of the runs, newest first, so it is tested
 * without a server; NaN where there is no such run yet (Prometheus shows it as absent data).
 */
public record StoredFigures(
    double lastRunDurationSeconds, double lastSuccessEpochSeconds, double failingMailboxes) {

  public static StoredFigures of(List<RunRecord> newestFirst) {
    RunRecord last = newestFirst.stream().filter(RunRecord::isEnded).findFirst().orElse(null);
    RunRecord success = newestFirst.stream().filter(RunRecord::isSuccess).findFirst().orElse(null);
    return new StoredFigures(
        last == null
            ? Double.NaN
            : Duration.between(last.started(), last.ended()).toMillis() / 1000.0,
        success == null ? Double.NaN : success.ended().getEpochSecond(),
        last == null || last.failedMailboxes() < 0 ? Double.NaN : last.failedMailboxes());
  }
}
