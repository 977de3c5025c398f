package org.cync.history;

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
    long id = restartQuietly(executionId, overrides);
    audit.record(
        "Run restarted",
        "Run " + executionId + " restarted as run " + id + described(overrides) + ".");
    return id;
  }

  private static String described(Map<String, String> parameters) {
    return parameters.isEmpty() ? "" : " with " + new java.util.TreeMap<>(parameters);
  }

  private long restartQuietly(long executionId, Map<String, String> overrides) {
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
    } catch (NoSuchJobExecutionException e) {
      throw new RunConflict("Run " + executionId + " does not exist.");
    } catch (JobRestartException e) {
      throw new RunConflict("Run " + executionId + " cannot be restarted: " + e.getMessage());
    }
  }

  @jakarta.inject.Inject RunMailboxes mailboxes;
  @jakarta.inject.Inject org.cync.audit.AuditTrail audit;
  @jakarta.inject.Inject org.cync.connection.Connection connection;

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
            .orElseThrow(() -> new RunConflict("Run " + executionId + " does not exist."));
    if (!"STOPPED".equals(run.getStatus()) || !AWAITING_APPROVAL.equals(run.getExitStatus())) {
      throw new RunConflict(
          "Run " + executionId + " is not waiting for approval (" + run.getExitStatus() + ").");
    }
    long planned =
        mailboxes.of(run.getInstanceId()).stream().mapToLong(RunMailbox::getPlannedDeletes).sum();
    long id =
        restartQuietly(
            executionId, Map.of(SyncJobParameters.APPROVED_DELETES, Long.toString(planned)));
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

  /** The exit status of a run the deletion guard stopped. */
  public static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";

  public Optional<RunView> find(long executionId) {
    JobOperator operator = operator();
    try {
      JobExecution execution = operator.getJobExecution(executionId);
      long instanceId = operator.getJobInstance(executionId).getInstanceId();
      return Optional.of(
          new RunView(execution, instanceId, operator.getStepExecutions(executionId)));
    } catch (NoSuchJobExecutionException e) {
      return Optional.empty();
    }
  }

  /** The newest runs first, at most {@code max}. */
  public List<RunView> recent(int max) {
    JobOperator operator = operator();
    List<RunView> runs = new ArrayList<>();
    try {
      for (JobInstance instance : operator.getJobInstances(SyncJobParameters.JOB_NAME, 0, max)) {
        for (JobExecution execution : operator.getJobExecutions(instance)) {
          runs.add(
              new RunView(
                  execution,
                  instance.getInstanceId(),
                  operator.getStepExecutions(execution.getExecutionId())));
        }
      }
    } catch (NoSuchJobException e) {
      return List.of();
    }
    runs.sort((a, b) -> Long.compare(b.getExecutionId(), a.getExecutionId()));
    return runs.size() > max ? runs.subList(0, max) : runs;
  }

  /**
   * When the newest full reconcile that finished (COMPLETED, not a dry run) started, if it started
   * at or after {@code since}. Reads the history newest first and stops at that run, or at the
   * first run that started before {@code since}, so the cost is bounded by the runs since then.
   */
  public Optional<java.time.Instant> lastReconcileSince(java.time.Instant since) {
    JobOperator operator = operator();
    int size = 50;
    try {
      for (int from = 0; ; from += size) {
        List<JobInstance> page = operator.getJobInstances(SyncJobParameters.JOB_NAME, from, size);
        for (JobInstance instance : page) {
          boolean recent = false;
          for (JobExecution e : operator.getJobExecutions(instance)) {
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
