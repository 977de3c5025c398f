package org.cync.history;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cync.graphbatch.GraphTraffic;
import org.cync.sync.RunMailboxes;

/**
 * Reads the progress of a run that is going ({@link RunProgress}): its step executions, one
 * aggregate query over its {@code RUN_MAILBOX} rows and the run's throttled answers in memory. A
 * console polls it every few seconds, perhaps from several browsers: the answer is kept for {@link
 * #FRESH}, so any number of pollers cost at most one read per that time.
 */
@ApplicationScoped
public class RunProgressReader {
  static final Duration FRESH = Duration.ofSeconds(2);
  static final String MAILBOX_STEP = "mailboxes";

  @Inject RunMailboxes mailboxes;
  @Inject GraphTraffic traffic;
  Clock clock = Clock.systemUTC();

  private record Cached(long executionId, Instant at, Optional<RunProgress> progress) {}

  private volatile Cached cached;

  /** The progress of the run, or empty when it is not going (ended, unknown). */
  public Optional<RunProgress> of(long executionId) {
    Instant now = clock.instant();
    Cached c = cached;
    if (c != null && c.executionId() == executionId && c.at().plus(FRESH).isAfter(now)) {
      return c.progress();
    }
    Optional<RunProgress> p = read(executionId, now);
    cached = new Cached(executionId, now, p);
    return p;
  }

  /** The run going now, if any. */
  public Optional<Long> running() {
    try {
      List<Long> ids =
          BatchRuntime.getJobOperator()
              .getRunningExecutions(org.cync.sync.SyncJobParameters.JOB_NAME);
      return ids.stream().max(Long::compare);
    } catch (jakarta.batch.operations.NoSuchJobException none) {
      return Optional.empty();
    }
  }

  private Optional<RunProgress> read(long executionId, Instant now) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution run;
    try {
      run = operator.getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      return Optional.empty();
    }
    BatchStatus s = run.getBatchStatus();
    if (s != BatchStatus.STARTING && s != BatchStatus.STARTED && s != BatchStatus.STOPPING) {
      return Optional.empty();
    }
    List<StepExecution> steps = operator.getStepExecutions(executionId);
    StepExecution current =
        steps.stream()
            .max(Comparator.comparingLong(StepExecution::getStepExecutionId))
            .orElse(null);
    Instant writingSince =
        steps.stream()
            .filter(step -> MAILBOX_STEP.equals(step.getStepName()))
            .map(StepExecution::getStartTime)
            .filter(java.util.Objects::nonNull)
            .map(java.util.Date::toInstant)
            .findFirst()
            .orElse(null);
    RunMailboxes.Totals t = mailboxes.totals(executionId);
    return Optional.of(
        RunProgress.of(
            current == null ? "starting" : current.getStepName(),
            t.mailboxesDone(),
            t.mailboxes(),
            t.writesDone(),
            t.writesPlanned(),
            traffic.run().throttledResponses(),
            writingSince,
            now));
  }
}
