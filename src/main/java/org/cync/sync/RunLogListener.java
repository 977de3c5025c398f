package org.cync.sync;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Logs the start and end of every run, the boundary an operator looks for in the log. */
@Dependent
@Named
public class RunLogListener implements JobListener {
  private static final Logger LOG = Logger.getLogger(RunLogListener.class.getName());

  @Inject JobContext job;

  @Override
  public void beforeJob() {
    LOG.info(() -> "contact-sync run " + job.getExecutionId() + " started");
  }

  @Override
  public void afterJob() {
    // afterJob runs before the runtime records COMPLETED, so a run that is still STARTED here has
    // succeeded.
    BatchStatus status =
        job.getBatchStatus() == BatchStatus.STARTED ? BatchStatus.COMPLETED : job.getBatchStatus();
    LOG.info(() -> "contact-sync run " + job.getExecutionId() + " ended: " + status);
  }
}
