package org.cync.history;

import java.time.Instant;
import java.util.List;
import org.cync.sync.RunEnded;
import org.cync.sync.RunMailbox;

/**
 * The end of a rejected run as metrics see every run's end: the job does not run again, so no job
 * listener announces it; nothing written, its plan as planned. Pure.
 */
final class RejectedRun {
  private RejectedRun() {}

  static RunEnded ended(RunView run, String trigger, List<RunMailbox> rows) {
    return new RunEnded(
        run.getExecutionId(),
        trigger,
        run.getStatus(),
        run.getExitStatus(),
        instant(run.getStarted()),
        instant(run.getEnded()),
        0,
        0,
        0,
        rows.stream().mapToLong(RunMailbox::getPlannedCreates).sum(),
        rows.stream().mapToLong(RunMailbox::getPlannedUpdates).sum(),
        rows.stream().mapToLong(RunMailbox::getPlannedDeletes).sum(),
        rows.size(),
        List.of());
  }

  private static Instant instant(String rfc3339) {
    return rfc3339 == null ? null : Instant.parse(rfc3339);
  }
}
