package org.cync.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cync.sync.RunEnded;
import org.cync.sync.RunStarted;

/**
 * Writes the run history ({@link RunSummaries}) from the job's announcements and the schedule's
 * skips. A failure to record is logged and never fails the run or hides the end from the other
 * observers (metrics, alerts).
 */
@ApplicationScoped
public class RunHistoryRecorder {
  private static final Logger LOG = Logger.getLogger(RunHistoryRecorder.class.getName());

  @Inject RunSummaries summaries;
  @Inject RunNumbers numbers;

  void started(@Observes RunStarted s) {
    try {
      summaries.started(s, numbers.of(s.executionId()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The start of run " + s.executionId() + " is not in the history", e);
    }
  }

  void ended(@Observes RunEnded e) {
    try {
      RunSummary known = summaries.find(e.executionId());
      summaries.ended(
          e,
          known == null ? 0 : known.getInstanceId(),
          known != null && known.isDryRun(),
          known == null ? numbers.of(e.executionId()) : known.getRunNumber());
    } catch (RuntimeException ex) {
      LOG.log(Level.WARNING, "The end of run " + e.executionId() + " is not in the history", ex);
    }
  }

  /** A scheduled firing skipped because a run was still going. */
  public void skipped(Instant at, String reason) {
    try {
      summaries.skipped(at, reason);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A skipped scheduled run is not in the history", e);
    }
  }
}
