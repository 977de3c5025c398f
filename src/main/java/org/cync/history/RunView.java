package org.cync.history;

import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run (job execution) as the console and the API show it: its own contiguous number ({@code
 * run}, see {@link RunNumbering}) beside the {@code executionId} that addresses it, times in RFC
 * 3339 ({@link ApiTime}), and which actions still apply to it. A restart or an approval continues
 * the job instance as a new execution, and the batch runtime restarts only the newest one, so an
 * older run of the instance offers none. A class with getters, not a record: EL and JSON-B see bean
 * properties.
 */
public final class RunView {
  private final long executionId;
  private final int run;
  private final long instanceId;
  private final String status;
  private final String exitStatus;
  private final Date started;
  private final Date ended;
  private final List<StepView> steps;
  private final long newestExecutionId;
  private final int newestRun;
  private HistoryItem history;
  private RunProgress progress;

  /**
   * A run and the newest run of its job instance (the same, unless it was restarted or approved).
   */
  RunView(
      long executionId,
      int run,
      long instanceId,
      String status,
      String exitStatus,
      Date started,
      Date ended,
      List<StepView> steps,
      long newestExecutionId,
      int newestRun) {
    this.executionId = executionId;
    this.run = run;
    this.instanceId = instanceId;
    this.status = status;
    this.exitStatus = exitStatus;
    this.started = started;
    this.ended = ended;
    this.steps = steps;
    this.newestExecutionId = newestExecutionId;
    this.newestRun = newestRun;
  }

  /** Adds what the run history knows of it (trigger, outcome, figures) and its live progress. */
  RunView with(HistoryItem history, RunProgress progress) {
    this.history = history;
    this.progress = progress;
    return this;
  }

  /** schedule, manual, restart, approval or api; null for runs older than the run history. */
  public String getTrigger() {
    return history == null ? null : history.getTrigger();
  }

  /** One of {@code org.cync.sync.RunOutcomes}' names, or running. */
  public String getOutcome() {
    return history == null
        ? ("STARTING".equals(status) || "STARTED".equals(status)
            ? org.cync.sync.RunOutcomes.RUNNING
            : org.cync.sync.RunOutcomes.of(status, exitStatus))
        : history.getOutcome();
  }

  public Long getDurationSeconds() {
    return history == null ? null : history.getDurationSeconds();
  }

  public boolean isDryRun() {
    return history != null && history.isDryRun();
  }

  /** The run's figures; null for runs older than the run history. */
  public Map<String, Long> getFigures() {
    return history == null ? null : history.getFigures();
  }

  /** While the run goes: how far it has got; null otherwise. */
  public Map<String, Object> getProgress() {
    return progress == null ? null : progress.toJson();
  }

  public long getExecutionId() {
    return executionId;
  }

  /** 1, 2, 3, ...: the run's number among all runs. */
  public int getRun() {
    return run;
  }

  public long getInstanceId() {
    return instanceId;
  }

  public String getStatus() {
    return status;
  }

  public String getExitStatus() {
    return exitStatus;
  }

  /** RFC 3339 in UTC, e.g. {@code 2026-12-06T07:21:33.224Z}; null before the run started. */
  public String getStarted() {
    return ApiTime.of(started);
  }

  /** RFC 3339 in UTC; null while the run has not ended. */
  public String getEnded() {
    return ApiTime.of(ended);
  }

  public List<StepView> getSteps() {
    return steps;
  }

  /** Whether this is the newest run of its job instance: only that one can go on. */
  public boolean isNewest() {
    return newestExecutionId == executionId;
  }

  /** The run that continued this one (restart or approval), or null if none did. */
  public Integer getContinuedAsRun() {
    return isNewest() ? null : newestRun;
  }

  /** The execution id of {@link #getContinuedAsRun()}, or null. */
  public Long getContinuedAsExecutionId() {
    return isNewest() ? null : newestExecutionId;
  }

  /** A restart would be accepted now. */
  public boolean isRestartable() {
    return restartRefusal().isEmpty();
  }

  /** Approving its deletions would be accepted now. */
  public boolean isApprovable() {
    return approvalRefusal().isEmpty();
  }

  /** Rejecting it would be accepted now: exactly when approving would. */
  public boolean isRejectable() {
    return isApprovable();
  }

  /** A stop would be accepted now: it is running and not stopping already. */
  public boolean isStoppable() {
    return stopRefusal().isEmpty();
  }

  /** Whether an administrator rejected it: a held run ended for good ({@link #rejectRefusal()}). */
  public boolean isRejected() {
    return "ABANDONED".equals(status) && SyncRuns.AWAITING_APPROVAL.equals(exitStatus);
  }

  /** Why a stop is refused; empty while it runs (STARTING, STARTED). */
  Optional<String> stopRefusal() {
    return switch (status) {
      case "STARTING", "STARTED" -> Optional.empty();
      case "STOPPING" -> Optional.of(name() + " is stopping already; wait for it to end.");
      default ->
          Optional.of(
              name()
                  + " is not running ("
                  + status
                  + (exitStatus == null || exitStatus.equals(status) ? "" : ", " + exitStatus)
                  + "); there is nothing to stop.");
    };
  }

  /**
   * Why rejecting is refused; empty for the newest run the deletion guard holds. Rejecting abandons
   * it: it can then neither be approved nor restarted.
   */
  Optional<String> rejectRefusal() {
    return approvalRefusal()
        .map(
            why ->
                why.replace("can be approved", "can be rejected")
                    .replace("or approve", "or reject"));
  }

  /** Why a restart is refused, saying what to do instead; empty when it would be accepted. */
  Optional<String> restartRefusal() {
    if (!isNewest()) {
      return Optional.of(continued());
    }
    return switch (status) {
      case "FAILED", "STOPPED" -> Optional.empty();
      case "COMPLETED" ->
          Optional.of(name() + " completed; there is nothing to restart. Start a new run.");
      case "ABANDONED" ->
          Optional.of(
              name()
                  + (isRejected() ? " was rejected" : " was abandoned")
                  + " and cannot go on. Start a new run.");
      default ->
          Optional.of(
              name() + " is still running (" + status + "); wait for it to end or stop it.");
    };
  }

  /** Why approving is refused, saying what to do instead; empty when it would be accepted. */
  Optional<String> approvalRefusal() {
    if (!isNewest()) {
      return Optional.of(continued());
    }
    if ("STOPPED".equals(status) && SyncRuns.AWAITING_APPROVAL.equals(exitStatus)) {
      return Optional.empty();
    }
    if (isRejected()) {
      return Optional.of(
          name() + " was rejected: its deletions can no longer be approved. Start a new run.");
    }
    return Optional.of(
        name()
            + " is not waiting for approval ("
            + status
            + (exitStatus == null || exitStatus.equals(status) ? "" : ", " + exitStatus)
            + "); only a run the deletion guard stopped can be approved.");
  }

  /** "Run 5 (executionId 23)": the number the console shows and the id the API takes. */
  private String name() {
    return "Run " + run + " (executionId " + executionId + ")";
  }

  private String continued() {
    return name()
        + " was already restarted or approved; its newest run is run "
        + newestRun
        + " (executionId "
        + newestExecutionId
        + "). Restart or approve the newest run.";
  }

  /**
   * One step of a run with its counters (READ_COUNT, WRITE_COUNT, FILTER_COUNT, COMMIT_COUNT, ...).
   */
  public static final class StepView {
    private final String name;
    private final String status;
    private final Map<String, Long> metrics = new LinkedHashMap<>();
    private Date started;
    private Date ended;

    StepView(StepExecution step) {
      this(step.getStepName(), step.getBatchStatus().name(), step.getMetrics());
      this.started = step.getStartTime();
      this.ended = step.getEndTime();
    }

    StepView(String name, String status, Metric... metrics) {
      this.name = name;
      this.status = status;
      for (Metric metric : metrics) {
        this.metrics.put(metric.getType().name(), metric.getValue());
      }
    }

    public String getName() {
      return name;
    }

    public String getStatus() {
      return status;
    }

    public Map<String, Long> getMetrics() {
      return metrics;
    }

    /** RFC 3339 in UTC; null before the step started. */
    public String getStarted() {
      return ApiTime.of(started);
    }

    /** RFC 3339 in UTC; null while the step runs. */
    public String getEnded() {
      return ApiTime.of(ended);
    }
  }
}
