package org.cync.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cync.history.RunView;
import org.cync.history.SyncRuns;
import org.cync.sync.RunMailboxes;

/**
 * Reads {@link StoredFigures} from the run history at scrape time, at most once per {@link #FRESH}
 * so that the gauges of one scrape (and scrapes close together) cost one read of the newest runs.
 */
@ApplicationScoped
public class StoredFiguresReader {
  static final Duration FRESH = Duration.ofSeconds(10);
  static final int RUNS_READ = 50;

  @Inject SyncRuns runs;
  @Inject RunMailboxes mailboxes;
  Clock clock = Clock.systemUTC();
  private StoredFigures cached;
  private Instant readAt = Instant.MIN;

  public synchronized StoredFigures current() {
    Instant now = clock.instant();
    if (cached == null || readAt.plus(FRESH).isBefore(now)) {
      cached = StoredFigures.of(records());
      readAt = now;
    }
    return cached;
  }

  private List<RunRecord> records() {
    List<RunRecord> records = new ArrayList<>();
    boolean counted = false;
    for (RunView v : runs.recent(RUNS_READ)) {
      Instant started = parse(v.getStarted());
      Instant ended = parse(v.getEnded());
      long failed = -1;
      if (!counted && ended != null) {
        failed =
            mailboxes.of(v.getExecutionId(), v.getInstanceId()).stream()
                .filter(r -> "FAILED".equals(r.getOutcome()))
                .count();
        counted = true;
      }
      records.add(new RunRecord(v.getStatus(), v.getExitStatus(), started, ended, failed));
    }
    return records;
  }

  private static Instant parse(String time) {
    return time == null ? null : Instant.parse(time);
  }
}
