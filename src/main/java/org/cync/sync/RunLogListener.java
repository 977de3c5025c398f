package org.cync.sync;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/**
 * Logs the start and end of every run with what it did, the boundary an operator looks for in the
 * log; a run in which some mailbox failed ends with exit status {@code COMPLETED_WITH_FAILURES}
 * (the other mailboxes were written, the failed ones are tried again next run).
 */
@Dependent
@Named
public class RunLogListener implements JobListener {
  private static final Logger LOG = Logger.getLogger(RunLogListener.class.getName());
  public static final String COMPLETED_WITH_FAILURES = "COMPLETED_WITH_FAILURES";

  @Inject JobContext job;
  @Inject RunMailboxes mailboxes;
  @Inject ExecutionCache cache;

  @Override
  public void beforeJob() {
    LOG.info(() -> "contact-sync run " + job.getExecutionId() + " started");
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
    LOG.info(
        () ->
            "contact-sync run %d ended: %s (%s); %d created, %d updated, %d deleted in %d mailboxes, %d without a mailbox, %d failed"
                .formatted(
                    job.getExecutionId(),
                    status,
                    job.getExitStatus(),
                    rows.stream().mapToLong(RunMailbox::getCreated).sum(),
                    rows.stream().mapToLong(RunMailbox::getUpdated).sum(),
                    rows.stream().mapToLong(RunMailbox::getDeleted).sum(),
                    rows.size(),
                    rows.stream().filter(r -> "NO_MAILBOX".equals(r.getOutcome())).count(),
                    failed));
  }
}
