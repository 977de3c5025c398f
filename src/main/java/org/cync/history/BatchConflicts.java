package org.cync.history;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import java.util.Optional;

/**
 * The batch runtime's refusals of an action on a run, in words that say what to do. {@link RunView}
 * refuses these cases before asking the runtime; this covers what changed in between (a second
 * click, a scheduled run) and anything that reaches {@link BatchConflictMapper}. Pure.
 */
final class BatchConflicts {
  private BatchConflicts() {}

  /** The message for a refusal, or empty if {@code e} is not one (a fault, not a conflict). */
  static Optional<String> message(RuntimeException e, Long executionId) {
    String run = executionId == null ? "The run" : "Run with executionId " + executionId;
    if (e instanceof JobExecutionNotMostRecentException) {
      return Optional.of(
          run
              + " was already restarted or approved; restart or approve the newest run of it"
              + " (GET /api/runs lists them).");
    }
    if (e instanceof JobExecutionAlreadyCompleteException) {
      return Optional.of(run + " already completed; there is nothing to restart. Start a new run.");
    }
    if (e instanceof JobExecutionIsRunningException) {
      return Optional.of(run + " is still running; wait for it to end or stop it.");
    }
    if (e instanceof NoSuchJobExecutionException) {
      return Optional.of(run + " does not exist.");
    }
    if (e instanceof JobRestartException) {
      return Optional.of(run + " cannot be restarted: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** As {@link #message(RuntimeException, Long)}, for a refusal known to be one. */
  static String message(RuntimeException e, long executionId) {
    return message(e, (Long) executionId).orElse("Run with executionId " + executionId + ": " + e);
  }
}
