package org.cync.sync;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs the start and end of every run with what it did, the boundary an operator looks for in the
 * log, and announces the end ({@link RunEnded}) to metrics and alerts; a run in which some mailbox
 * failed ends with exit status {@code COMPLETED_WITH_FAILURES} (the other mailboxes were written,
 * the failed ones are tried again next run).
 */
@Dependent
@Named
public class RunLogListener implements JobListener {
  private static final Logger LOG = Logger.getLogger(RunLogListener.class.getName());
  public static final String COMPLETED_WITH_FAILURES = "COMPLETED_WITH_FAILURES";

  @Inject JobContext job;
  @Inject RunMailboxes mailboxes;
  @Inject ExecutionCache cache;
  @Inject Event<RunEnded> ended;
  @Inject Event<RunStarted> started;
  @Inject org.cync.graphbatch.GraphTraffic traffic;
  @Inject org.cync.contacts.DesiredContacts desired;
  Clock clock = Clock.systemUTC();

  @Override
  public void beforeJob() {
    traffic.startRun();
    Properties parameters = parameters();
    LOG.info(
        () ->
            "contact-sync run %d started (trigger %s)"
                .formatted(job.getExecutionId(), trigger(parameters)));
    try {
      started.fire(
          new RunStarted(
              job.getExecutionId(),
              job.getInstanceId(),
              trigger(parameters),
              SyncJobParameters.isTrue(parameters.getProperty(SyncJobParameters.DRY_RUN)),
              clock.instant()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "An observer of the start of run " + job.getExecutionId() + " failed", e);
    }
  }

  @Override
  public void afterJob() {
    cache.end(job.getExecutionId());
    // afterJob runs before the runtime records COMPLETED, so a run that is still STARTED here has
    // succeeded.
    BatchStatus status =
        job.getBatchStatus() == BatchStatus.STARTED ? BatchStatus.COMPLETED : job.getBatchStatus();
    List<RunMailbox> rows = mailboxes.of(job.getExecutionId(), job.getInstanceId());
    long failed = rows.stream().filter(r -> "FAILED".equals(r.getOutcome())).count();
    String exit = job.getExitStatus();
    if (status == BatchStatus.COMPLETED
        && (exit == null || exit.equals("COMPLETED") || exit.equals(DeletionGuard.GO))) {
      // A run that went through the mailbox step would otherwise end with the guard's "GO".
      job.setExitStatus(failed > 0 ? COMPLETED_WITH_FAILURES : "COMPLETED");
    }
    RunEnded end = summary(status, rows);
    LOG.info(() -> line(end, rows));
    announce(end);
  }

  /** Observers must not fail the run: what they throw is logged, the run's end stands. */
  private void announce(RunEnded end) {
    try {
      ended.fire(end);
      ended.fireAsync(end);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "An observer of the end of run " + end.executionId() + " failed", e);
    }
  }

  private RunEnded summary(BatchStatus status, List<RunMailbox> rows) {
    Properties parameters = parameters();
    return new RunEnded(
        job.getExecutionId(),
        trigger(parameters),
        status.name(),
        job.getExitStatus(),
        startedAt(),
        clock.instant(),
        sum(rows, RunMailbox::getCreated),
        sum(rows, RunMailbox::getUpdated),
        sum(rows, RunMailbox::getDeleted),
        sum(rows, RunMailbox::getPlannedCreates),
        sum(rows, RunMailbox::getPlannedUpdates),
        sum(rows, RunMailbox::getPlannedDeletes),
        rows.size(),
        rows.stream()
            .filter(r -> "FAILED".equals(r.getOutcome()))
            .map(
                r ->
                    new RunEnded.FailedMailbox(
                        r.getMailboxId(), r.getDisplayName(), r.getMessage()))
            .toList(),
        figures(rows));
  }

  private RunEnded.Figures figures(List<RunMailbox> rows) {
    org.cync.graphbatch.WriteStats graph = traffic.run();
    return new RunEnded.Figures(
        directoryRead(),
        sources(),
        graph.photos(),
        count(rows, "OK"),
        count(rows, "FAILED"),
        count(rows, "NO_MAILBOX"),
        graph.httpCalls(),
        graph.throttledResponses(),
        graph.waitedMillis());
  }

  private static long count(List<RunMailbox> rows, String outcome) {
    return rows.stream().filter(r -> outcome.equals(r.getOutcome())).count();
  }

  /** The directory step's read count: the changes read from the directory in this run. */
  private long directoryRead() {
    try {
      return BatchRuntime.getJobOperator().getStepExecutions(job.getExecutionId()).stream()
          .filter(s -> "directory".equals(s.getStepName()))
          .flatMap(s -> java.util.Arrays.stream(s.getMetrics()))
          .filter(m -> m.getType() == jakarta.batch.runtime.Metric.MetricType.READ_COUNT)
          .mapToLong(jakarta.batch.runtime.Metric::getValue)
          .sum();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private long sources() {
    try {
      return desired.size();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  static String line(RunEnded e, List<RunMailbox> rows) {
    return ("contact-sync run %d ended: %s (%s, exit %s), trigger %s, %d s; %d created, %d updated,"
            + " %d deleted; mailboxes %d done, %d failed, %d without a mailbox")
        .formatted(
            e.executionId(),
            e.outcome(),
            e.status(),
            e.exitStatus(),
            e.trigger(),
            e.duration().toSeconds(),
            e.created(),
            e.updated(),
            e.deleted(),
            rows.stream().filter(r -> "OK".equals(r.getOutcome())).count(),
            e.failed().size(),
            rows.stream().filter(r -> "NO_MAILBOX".equals(r.getOutcome())).count());
  }

  private static long sum(List<RunMailbox> rows, ToLongFunction<RunMailbox> f) {
    return rows.stream().mapToLong(f).sum();
  }

  private Properties parameters() {
    try {
      Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
      return p == null ? new Properties() : p;
    } catch (RuntimeException e) {
      return new Properties();
    }
  }

  private static String trigger(Properties parameters) {
    String t = parameters.getProperty(SyncJobParameters.TRIGGER);
    return t == null || t.isBlank() ? "manual" : t;
  }

  private Instant startedAt() {
    try {
      java.util.Date d =
          BatchRuntime.getJobOperator().getJobExecution(job.getExecutionId()).getStartTime();
      return d == null ? null : d.toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
