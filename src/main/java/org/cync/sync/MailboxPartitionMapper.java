package org.cync.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.cync.mailbox.MailboxPlan;
import org.cync.mailbox.MailboxPlanner;

/**
 * One partition per mailbox with work, as many at once as the settings allow. Planned afresh at
 * every start and restart (override): each partition derives its work from what Derby records, so a
 * restart only visits the mailboxes still unfinished.
 */
@Dependent
@Named
public class MailboxPartitionMapper implements PartitionMapper {
  private static final Logger LOG = Logger.getLogger(MailboxPartitionMapper.class.getName());
  static final String MAILBOX = "mailboxId";

  @Inject @BatchProperty String reconcile;
  @Inject MailboxPlanner planner;
  @Inject ExecutionCache cache;
  @Inject JobContext job;

  @Override
  public PartitionPlan mapPartitions() {
    List<MailboxPlan> planned = cache.plan(job.getExecutionId());
    List<MailboxPlan> plans =
        planned != null ? planned : planner.plan(SyncJobParameters.isTrue(reconcile));
    int n = Math.max(1, plans.size()); // a partition without a mailbox ends at once
    Properties[] properties = new Properties[n];
    for (int i = 0; i < n; i++) {
      properties[i] = new Properties();
      properties[i].setProperty(MAILBOX, i < plans.size() ? plans.get(i).mailboxId() : "");
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(n);
    plan.setThreads(Math.min(n, cache.options(job.getExecutionId()).mailboxParallelism()));
    plan.setPartitionProperties(properties);
    plan.setPartitionsOverride(true);
    LOG.info(
        () -> "Mailbox step: " + plans.size() + " mailboxes, " + plan.getThreads() + " at once");
    return plan;
  }
}
