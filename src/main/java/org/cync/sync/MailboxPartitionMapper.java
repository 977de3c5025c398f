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
 * A fixed number of mailbox workers (the settings' parallelism, fewer when fewer mailboxes have
 * work), each a partition that takes mailboxes from this execution's {@link MailboxQueue} until it
 * is empty: the batch runtime opens and records a partition per worker, not per mailbox, so 10,000
 * mailboxes cost it no more than 64. Planned afresh at every start and restart (override): the
 * queue is made from what Derby records, so a restart only visits the mailboxes still unfinished.
 */
@Dependent
@Named
public class MailboxPartitionMapper implements PartitionMapper {
  private static final Logger LOG = Logger.getLogger(MailboxPartitionMapper.class.getName());

  @Inject @BatchProperty String reconcile;
  @Inject MailboxPlanner planner;
  @Inject ExecutionCache cache;
  @Inject JobContext job;

  @Override
  public PartitionPlan mapPartitions() {
    long execution = job.getExecutionId();
    List<MailboxPlan> planned = cache.plan(execution);
    List<MailboxPlan> plans =
        planned != null ? planned : planner.plan(SyncJobParameters.isTrue(reconcile));
    cache.queue(execution, new MailboxQueue(plans.stream().map(MailboxPlan::mailboxId).toList()));
    int workers = MailboxQueue.workers(plans.size(), cache.options(execution).mailboxParallelism());
    Properties[] properties = new Properties[workers];
    for (int i = 0; i < workers; i++) {
      properties[i] = new Properties(); // nothing per worker: the queue hands out the mailboxes
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(workers);
    plan.setThreads(workers);
    plan.setPartitionProperties(properties);
    plan.setPartitionsOverride(true);
    LOG.info(() -> "Mailbox step: " + plans.size() + " mailboxes, " + workers + " workers");
    return plan;
  }
}
