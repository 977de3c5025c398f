package org.cync.history;

import jakarta.annotation.PreDestroy;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;
import org.cync.sync.SyncJobParameters;

/**
 * On a graceful shutdown (SIGTERM, Ctrl+C, a service stop: Payara undeploys CYNC and destroys its
 * singletons) stops the running run through the JobOperator, so it ends at a chunk boundary, and
 * notes that it was stopped ({@link StoppedAtShutdown}). The next start then labels it STOPPED
 * ({@code STOPPED_AT_SHUTDOWN}) instead of a crash. The note is written before the stop, so a run
 * that has not reached its next chunk boundary when the process ends still counts as stopped: its
 * last checkpoint is as good as a stop's.
 */
@Singleton
@Startup
@DependsOn("OrphanedRunRecovery")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StopAtShutdown {
  private static final Logger LOG = Logger.getLogger(StopAtShutdown.class.getName());

  /** How long the shutdown waits for the stopped run to end. */
  static final long WAIT_MILLIS = 15_000;

  @PreDestroy
  void stopRunning() {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<Long> running = running(operator);
    if (running.isEmpty()) {
      return;
    }
    StoppedAtShutdown.inDataDirectory().write(running);
    for (long id : running) {
      try {
        operator.stop(id);
      } catch (JobExecutionNotRunningException | NoSuchJobExecutionException ended) {
        // ended on its own meanwhile
      }
    }
    LOG.info(() -> "Shutting down: stopping run(s) with executionId " + running);
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    try {
      while (!running(operator).isEmpty() && System.currentTimeMillis() < deadline) {
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Long> still = running(operator);
    if (!still.isEmpty()) {
      LOG.warning(
          () ->
              "Run(s) "
                  + still
                  + " had not stopped after "
                  + WAIT_MILLIS / 1000
                  + " s; they resume from their last checkpoint when restarted.");
    }
  }

  private static List<Long> running(JobOperator operator) {
    try {
      return operator.getRunningExecutions(SyncJobParameters.JOB_NAME);
    } catch (NoSuchJobException e) {
      return List.of();
    }
  }
}
