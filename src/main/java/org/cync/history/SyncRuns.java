package org.cync.history;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.cync.sync.RunMailbox;
import org.cync.sync.RunMailboxes;
import org.cync.sync.RunOutcomes;
import org.cync.sync.SyncJobParameters;

/**
 * Starts and restarts contact-sync runs and lists them. One run at a time: a second start while one
 * is running is refused. A restart is given the original parameters again (the batch runtime does
 * not keep them), with overrides.
 */
@ApplicationScoped
public class SyncRuns {

  JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }

  public synchronized long start(Map<String, String> parameters) {
    List<Long> running = running();
    if (!running.isEmpty()) {
      throw new RunConflict(
          "Run " + running.get(0) + " is still running; wait for it to end or stop it first.");
    }
    refuseSampleWhileConnected(parameters.get(SyncJobParameters.DIRECTORY));
    long id = operator().start(SyncJobParameters.JOB_NAME, toProperties(parameters));
    audit.record("Run started", "Run " + id + " started" + described(parameters) + ".");
    return id;
  }

  public synchronized long restart(long executionId, Map<String, String> overrides) {
    long id = restartQuietly(executionId, withTrigger(overrides, "restart"));
    audit.record(
        "Run restarted",
        "Run " + executionId + " restarted as run " + id + described(overrides) + ".");
    return id;
  }

  /** The parameters with who started the run ({@link SyncJobParameters#TRIGGER}). */
  public static Map<String, String> withTrigger(Map<String, String> parameters, String trigger) {
    Map<String, String> all = new java.util.LinkedHashMap<>(parameters);
    all.put(SyncJobParameters.TRIGGER, trigger);
    return all;
  }

  private static String described(Map<String, String> parameters) {
    return parameters.isEmpty() ? "" : " with " + new java.util.TreeMap<>(parameters);
  }

  private long restartQuietly(long executionId, Map<String, String> overrides) {
    RunView run =
        find(executionId)
            .orElseThrow(
                () -> new RunConflict("Run with executionId " + executionId + " does not exist."));
    run.restartRefusal()
        .ifPresent(
            why -> {
              throw new RunConflict(why);
            });
    return restartChecked(run, overrides);
  }

  /** Restarts a run already checked; what changed since the check is a conflict, too. */
  private long restartChecked(RunView run, Map<String, String> overrides) {
    long executionId = run.getExecutionId();
    List<Long> running = running();
    if (!running.isEmpty()) {
      throw new RunConflict(
          "Run " + running.get(0) + " is still running; wait for it to end or stop it first.");
    }
    JobOperator operator = operator();
    try {
      Properties parameters = new Properties();
      Properties original = operator.getParameters(executionId);
      if (original != null) {
        parameters.putAll(original);
      }
      overrides.forEach(
          (k, v) -> {
            if (v == null || v.isBlank()) {
              parameters.remove(k);
            } else {
              parameters.setProperty(k, v);
            }
          });
      refuseSampleWhileConnected(parameters.getProperty(SyncJobParameters.DIRECTORY));
      return operator.restart(executionId, parameters);
    } catch (JobRestartException
        | NoSuchJobExecutionException
        | JobExecutionIsRunningException
        | JobExecutionAlreadyCompleteException
        | JobExecutionNotMostRecentException e) {
      throw new RunConflict(BatchConflicts.message(e, executionId));
    }
  }

  @jakarta.inject.Inject RunMailboxes mailboxes;
  @jakarta.inject.Inject RunNumbers runNumbers;
  @jakarta.inject.Inject org.cync.audit.AuditTrail audit;
  @jakarta.inject.Inject org.cync.connection.Connection connection;
  @jakarta.inject.Inject RunSummaries summaries;
  @jakarta.inject.Inject RunProgressReader progress;

  /**
   * The sample directory is for trying CYNC without a tenant. With a tenant connected it would put
   * made-up users into the directory mirror, and the next run against the tenant (which reads only
   * changes) would make contacts of them in real mailboxes.
   */
  private void refuseSampleWhileConnected(String directory) {
    if (directory != null
        && directory.trim().equals("sample")
        && connection.current().isComplete()) {
      throw new RunConflict(
          "directory=sample is for trying CYNC without a tenant, and this installation is connected"
              + " to one: its directory mirror would be mixed with made-up users. Leave out"
              + " 'directory' (the tenant is read), or remove the connection first.");
    }
  }

  /**
   * Lets a run the deletion guard stopped go on: restarts it with the deletions it planned
   * approved. The plan is made again; if it now deletes more than was approved, it stops again.
   */
  public synchronized long approve(long executionId) {
    RunView run =
        find(executionId)
            .orElseThrow(
                () -> new RunConflict("Run with executionId " + executionId + " does not exist."));
    run.approvalRefusal()
        .ifPresent(
            why -> {
              throw new RunConflict(why);
            });
    long planned =
        mailboxes.of(run.getExecutionId(), run.getInstanceId()).stream()
            .mapToLong(RunMailbox::getPlannedDeletes)
            .sum();
    long id =
        restartChecked(
            run,
            Map.of(
                SyncJobParameters.APPROVED_DELETES,
                Long.toString(planned),
                SyncJobParameters.TRIGGER,
                "approval"));
    audit.record(
        "Run approved",
        "Run "
            + executionId
            + " approved: "
            + planned
            + " planned deletion(s) allowed; it goes on as run "
            + id
            + ".");
    return id;
  }

  /**
   * Asks a running run to stop gracefully ({@link JobOperator#stop}): each mailbox worker ends its
   * current chunk (the mailboxes it has not taken stay unvisited), so the {@code $batch}es in
   * flight finish and their answers are recorded, and a wait on {@code Retry-After} ends early. The
   * run then ends STOPPED and a restart goes on from what was recorded. Answers at once; the run
   * ends within a chunk's time.
   */
  public synchronized RunView stop(long executionId) {
    RunView run = existing(executionId);
    run.stopRefusal()
        .ifPresent(
            why -> {
              throw new RunConflict(why);
            });
    try {
      operator().stop(executionId);
    } catch (JobExecutionNotRunningException | NoSuchJobExecutionException e) {
      throw new RunConflict(
          "Run " + run.getRun() + " (executionId " + executionId + ") is not running any more.");
    }
    audit.record(
        "Run stopped",
        "Run "
            + run.getRun()
            + " (executionId "
            + executionId
            + ") asked to stop; it ends STOPPED after the writes in flight and can be restarted.");
    return find(executionId).orElse(run);
  }

  /**
   * Ends a run the deletion guard holds, for good ({@link JobOperator#abandon}): nothing is
   * written, and it can neither be approved nor restarted. Announced as a run end ({@link
   * RunOutcomes#REJECTED}) for metrics.
   */
  public synchronized RunView reject(long executionId) {
    RunView run = existing(executionId);
    run.rejectRefusal()
        .ifPresent(
            why -> {
              throw new RunConflict(why);
            });
    List<RunMailbox> rows = mailboxes.of(run.getExecutionId(), run.getInstanceId());
    long refused = rows.stream().mapToLong(RunMailbox::getPlannedDeletes).sum();
    try {
      operator().abandon(executionId);
    } catch (JobExecutionIsRunningException | NoSuchJobExecutionException e) {
      throw new RunConflict(BatchConflicts.message(e, executionId));
    }
    audit.record(
        "Run rejected",
        "Run "
            + run.getRun()
            + " (executionId "
            + executionId
            + ") rejected: "
            + refused
            + " planned deletion(s) refused; nothing was written, and it cannot be approved or"
            + " restarted.");
    RunView rejected = find(executionId).orElse(run);
    ended.fire(RejectedRun.ended(rejected, trigger(executionId), rows));
    return rejected;
  }

  @jakarta.inject.Inject jakarta.enterprise.event.Event<org.cync.sync.RunEnded> ended;

  private String trigger(long executionId) {
    Properties p = operator().getParameters(executionId);
    String t = p == null ? null : p.getProperty(SyncJobParameters.TRIGGER);
    return t == null || t.isBlank() ? "manual" : t;
  }

  private RunView existing(long executionId) {
    return find(executionId).orElseThrow(() -> new RunNotFound(executionId));
  }

  /** The exit status of a run the deletion guard stopped. */
  public static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";

  /**
   * The run with this execution id; empty for an unknown id and for the executions of partitions
   * (sub-jobs of a run, not runs).
   */
  public Optional<RunView> find(long executionId) {
    JobOperator operator = operator();
    try {
      JobExecution execution = operator.getJobExecution(executionId);
      JobInstance instance = operator.getJobInstance(executionId);
      if (!SyncJobParameters.JOB_NAME.equals(instance.getJobName())) {
        return Optional.empty();
      }
      JobExecution newest = newest(operator.getJobExecutions(instance));
      Map<Long, Integer> numbers = runNumbers.of(List.of(executionId, newest.getExecutionId()));
      RunSummary summary = summaries.find(executionId);
      return Optional.of(
          view(operator, execution, instance, newest, numbers)
              .with(
                  summary == null ? null : new HistoryItem(summary),
                  progress.of(executionId).orElse(null)));
    } catch (NoSuchJobExecutionException e) {
      return Optional.empty();
    }
  }

  /** The newest runs first, at most {@code max}. */
  public List<RunView> recent(int max) {
    return whileInstanceBeingCreated(() -> recentOnce(max));
  }

  private List<RunView> recentOnce(int max) {
    JobOperator operator = operator();
    record Found(JobExecution execution, JobInstance instance, JobExecution newest) {}
    List<Found> found = new ArrayList<>();
    try {
      for (JobInstance instance : operator.getJobInstances(SyncJobParameters.JOB_NAME, 0, max)) {
        List<JobExecution> executions = executionsOf(operator, instance);
        if (executions.isEmpty()) {
          continue;
        }
        JobExecution newest = newest(executions);
        executions.forEach(e -> found.add(new Found(e, instance, newest)));
      }
    } catch (NoSuchJobException e) {
      return List.of();
    }
    found.sort(
        (a, b) -> Long.compare(b.execution().getExecutionId(), a.execution().getExecutionId()));
    List<Found> shown = found.size() > max ? found.subList(0, max) : found;
    Map<Long, Integer> numbers =
        runNumbers.of(
            shown.stream()
                .flatMap(
                    f ->
                        java.util.stream.Stream.of(
                            f.execution().getExecutionId(), f.newest().getExecutionId()))
                .toList());
    Map<Long, RunSummary> history =
        summaries.of(shown.stream().map(f -> f.execution().getExecutionId()).toList());
    return shown.stream()
        .map(
            f -> {
              RunSummary s = history.get(f.execution().getExecutionId());
              return view(operator, f.execution(), f.instance(), f.newest(), numbers)
                  .with(s == null ? null : new HistoryItem(s), null);
            })
        .toList();
  }

  /** The run number of a run (1, 2, 3, ...), see {@link RunNumbering}. */
  public int runNumber(long executionId) {
    return runNumbers.of(executionId);
  }

  /**
   * A job instance's executions, none for an instance whose first execution the batch runtime has
   * not written yet (it then throws NoSuchJobInstanceException; a schedule firing while the API was
   * read met this in CI).
   */
  private static List<JobExecution> executionsOf(JobOperator operator, JobInstance instance) {
    try {
      return operator.getJobExecutions(instance);
    } catch (jakarta.batch.operations.NoSuchJobInstanceException beingStarted) {
      return List.of();
    }
  }

  private static JobExecution newest(List<JobExecution> executions) {
    return executions.stream()
        .max(java.util.Comparator.comparingLong(JobExecution::getExecutionId))
        .orElseThrow();
  }

  private static RunView view(
      JobOperator operator,
      JobExecution execution,
      JobInstance instance,
      JobExecution newest,
      Map<Long, Integer> numbers) {
    long id = execution.getExecutionId();
    return new RunView(
        id,
        numbers.getOrDefault(id, 0),
        instance.getInstanceId(),
        execution.getBatchStatus().name(),
        execution.getExitStatus(),
        execution.getStartTime(),
        execution.getEndTime(),
        operator.getStepExecutions(id).stream().map(RunView.StepView::new).toList(),
        newest.getExecutionId(),
        numbers.getOrDefault(newest.getExecutionId(), 0));
  }

  /**
   * When the newest full reconcile that finished (COMPLETED, not a dry run) started, if it started
   * at or after {@code since}. Reads the history newest first and stops at that run, or at the
   * first run that started before {@code since}, so the cost is bounded by the runs since then.
   */
  public Optional<java.time.Instant> lastReconcileSince(java.time.Instant since) {
    return whileInstanceBeingCreated(() -> lastReconcileSinceOnce(since));
  }

  /**
   * The batch runtime lists a job instance before it has written its status, and then throws a
   * NullPointerException from its listings; a moment later the same call succeeds.
   */
  private static <T> T whileInstanceBeingCreated(java.util.function.Supplier<T> read) {
    for (int attempt = 1; ; attempt++) {
      try {
        return read.get();
      } catch (NullPointerException instanceBeingCreated) {
        if (attempt == 3) {
          throw instanceBeingCreated;
        }
        try {
          Thread.sleep(100L * attempt);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw instanceBeingCreated;
        }
      }
    }
  }

  private Optional<java.time.Instant> lastReconcileSinceOnce(java.time.Instant since) {
    JobOperator operator = operator();
    int size = 50;
    try {
      for (int from = 0; ; from += size) {
        List<JobInstance> page = operator.getJobInstances(SyncJobParameters.JOB_NAME, from, size);
        for (JobInstance instance : page) {
          List<JobExecution> executions = executionsOf(operator, instance);
          boolean recent = executions.isEmpty(); // a run being started now
          for (JobExecution e : executions) {
            java.util.Date started = e.getStartTime();
            if (started != null && started.toInstant().isBefore(since)) {
              continue;
            }
            recent = true;
            Properties p = operator.getParameters(e.getExecutionId());
            if (started != null
                && p != null
                && e.getBatchStatus() == jakarta.batch.runtime.BatchStatus.COMPLETED
                && SyncJobParameters.isTrue(p.getProperty(SyncJobParameters.RECONCILE))
                && !SyncJobParameters.isTrue(p.getProperty(SyncJobParameters.DRY_RUN))) {
              return Optional.of(started.toInstant());
            }
          }
          if (!recent) {
            return Optional.empty();
          }
        }
        if (page.size() < size) {
          return Optional.empty();
        }
      }
    } catch (NoSuchJobException e) {
      return Optional.empty();
    }
  }

  private List<Long> running() {
    try {
      return operator().getRunningExecutions(SyncJobParameters.JOB_NAME);
    } catch (NoSuchJobException e) {
      return List.of();
    }
  }

  private static Properties toProperties(Map<String, String> parameters) {
    Properties properties = new Properties();
    parameters.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            properties.setProperty(k, v);
          }
        });
    return properties;
  }
}
