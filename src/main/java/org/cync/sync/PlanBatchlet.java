package org.cync.sync;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.cync.connection.Connection;
import org.cync.mailbox.MailboxPlan;
import org.cync.mailbox.MailboxPlanner;
import org.cync.mailbox.TargetMailboxes;

/**
 * Step {@code plan}: counts per mailbox what the run would create, update and delete, keeps the
 * counts with the run, and answers the guard's decision as its exit status (the decider that
 * follows only routes on it). Runs again when a held run is approved and restarted.
 */
@Dependent
@Named
public class PlanBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(PlanBatchlet.class.getName());
  public static final String DIRECTORY_ONLY = "DIRECTORY_ONLY";

  @Inject @BatchProperty String directory;
  @Inject @BatchProperty String dryRun;
  @Inject @BatchProperty String reconcile;
  @Inject @BatchProperty String approvedDeletes;
  @Inject JobContext job;
  @Inject TargetMailboxes targets;
  @Inject MailboxPlanner planner;
  @Inject RunMailboxes runs;
  @Inject Connection connection;
  @Inject ExecutionCache cache;

  @Override
  public String process() {
    if (!SyncJobParameters.usesGraph(directory, connection)) {
      LOG.info("No tenant connected: the run read the sample directory and writes no mailbox.");
      return DIRECTORY_ONLY;
    }
    // A changed folder mode moves contacts, which no count of changes shows: visit those mailboxes
    // (not in a dry run, which must change nothing; its plan does not show moves).
    int moving =
        SyncJobParameters.isTrue(dryRun)
            ? 0
            : targets.markFolderModeChanges(cache.options(job.getExecutionId()).inDefaultFolder());
    if (moving > 0) {
      LOG.info(() -> "The folder mode changed: CYNC's contacts move in " + moving + " mailboxes");
    }
    Map<String, Long> heldPerMailbox = planner.heldPerMailbox();
    List<MailboxPlan> plans = planner.plan(SyncJobParameters.isTrue(reconcile), heldPerMailbox);
    runs.planned(job.getExecutionId(), job.getInstanceId(), plans);
    cache.plan(job.getExecutionId(), plans);
    long held = heldPerMailbox.values().stream().mapToLong(Long::longValue).sum();
    DeletionGuard.Verdict verdict =
        DeletionGuard.decide(
            plans,
            held,
            cache.options(job.getExecutionId()).guard(),
            SyncJobParameters.isTrue(dryRun),
            SyncJobParameters.number(approvedDeletes, 0));
    LOG.info(() -> "Plan of run " + job.getExecutionId() + ": " + verdict.reason());
    if (verdict.decision().equals(DeletionGuard.HOLD)) {
      LOG.warning(verdict::reason);
    }
    return verdict.decision();
  }
}
