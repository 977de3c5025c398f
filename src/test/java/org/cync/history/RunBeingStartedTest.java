package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.cync.sync.SyncJobParameters;
import org.junit.jupiter.api.Test;

/**
 * A run the schedule is starting at this moment: the batch runtime already lists its job instance
 * but, until it has written the first execution, answers {@code getJobExecutions} with
 * NoSuchJobInstanceException. Reading the runs then must not fail ({@code GET /api/schedule}
 * answered 500 in CI when it did).
 */
class RunBeingStartedTest {
  private static final Instant RECONCILED = Instant.parse("2026-12-06T02:00:00Z");

  @Test
  void theLastReconcileIsFoundBehindARunBeingStarted() {
    SyncRuns runs = runs(List.of(instance(2), instance(1)));
    assertEquals(Optional.of(RECONCILED), runs.lastReconcileSince(RECONCILED.minusSeconds(3600)));
  }

  @Test
  void theRecentRunsLeaveOutARunBeingStarted() {
    SyncRuns runs = runs(List.of(instance(2)));
    runs.runNumbers = new RunNumbers();
    runs.summaries = new RunSummaries();
    assertEquals(List.of(), runs.recent(1));
  }

  /** Instance 2 has no execution yet; instance 1 is a finished full reconcile (execution 1). */
  private static SyncRuns runs(List<JobInstance> listed) {
    JobOperator operator =
        proxy(
            JobOperator.class,
            (name, args) ->
                switch (name) {
                  case "getJobInstances" -> listed;
                  case "getJobExecutions" -> {
                    if (((JobInstance) args[0]).getInstanceId() == 2) {
                      throw new NoSuchJobInstanceException("Job: contact-sync does not exist");
                    }
                    yield List.of(reconcile());
                  }
                  case "getParameters" -> {
                    Properties p = new Properties();
                    p.putAll(Map.of(SyncJobParameters.RECONCILE, "true"));
                    yield p;
                  }
                  default -> throw new UnsupportedOperationException(name);
                });
    return new SyncRuns() {
      @Override
      JobOperator operator() {
        return operator;
      }
    };
  }

  private static JobInstance instance(long id) {
    return proxy(
        JobInstance.class,
        (name, args) ->
            switch (name) {
              case "getInstanceId" -> id;
              case "getJobName" -> SyncJobParameters.JOB_NAME;
              default -> throw new UnsupportedOperationException(name);
            });
  }

  private static JobExecution reconcile() {
    return proxy(
        JobExecution.class,
        (name, args) ->
            switch (name) {
              case "getExecutionId" -> 1L;
              case "getStartTime" -> Date.from(RECONCILED);
              case "getBatchStatus" -> BatchStatus.COMPLETED;
              default -> throw new UnsupportedOperationException(name);
            });
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> answer.answer(method.getName(), args)));
  }
}
