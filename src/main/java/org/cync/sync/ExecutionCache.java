package org.cync.sync;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.cync.contacts.Wanted;
import org.cync.mailbox.MailboxPlan;
import org.cync.settings.SyncOptions;
import org.cync.settings.SyncSettingsStore;

/**
 * What the steps of one job execution compute once and share: the sync settings (read when the run
 * starts, so every step and mailbox works to the same ones), the plan (the plan step's, reused by
 * the partition mapper), the mailbox step's work queue its workers take mailboxes from, the desired
 * versions every mailbox diffs against (read once, not once per mailbox), and the group memberships
 * the desired step needs, read while the directory round goes on. Keyed by execution, dropped at
 * its end; after a restart, a new execution computes them afresh, so nothing stale is ever used.
 * Beyond one execution it keeps only what the last completed desired computation was made from
 * ({@link DesiredBasis}), in memory: a new server process knows none, so its first run computes in
 * full.
 */
@ApplicationScoped
public class ExecutionCache {
  @Inject SyncSettingsStore settings;
  @Resource ManagedExecutorService executor;
  private final Map<Long, SyncOptions> options = new ConcurrentHashMap<>();
  private final Map<Long, List<MailboxPlan>> plans = new ConcurrentHashMap<>();
  private final Map<Long, MailboxQueue> queues = new ConcurrentHashMap<>();
  private final Map<Long, Map<String, Wanted>> wanted = new ConcurrentHashMap<>();
  private final Map<Long, Future<Map<String, Set<String>>>> groups = new ConcurrentHashMap<>();
  private final AtomicReference<DesiredBasis> lastDesired = new AtomicReference<>();

  /** The sync settings of this execution, read from the store at their first use. */
  SyncOptions options(long execution) {
    return options.computeIfAbsent(execution, e -> settings.current());
  }

  void plan(long execution, List<MailboxPlan> plan) {
    plans.put(execution, List.copyOf(plan));
  }

  /** The plan this execution's plan step made, or null when it did not run (a restart). */
  List<MailboxPlan> plan(long execution) {
    return plans.get(execution);
  }

  /** The mailbox step's work queue for this execution, made by the partition mapper. */
  void queue(long execution, MailboxQueue queue) {
    queues.put(execution, queue);
  }

  /**
   * The queue the mapper made. There is always one while the workers run: the batch runtime calls
   * the mapper before it starts the partitions, at every start and restart of the step (a restart
   * after a CYNC restart is a new execution in the new process, whose mapper builds its queue from
   * what the store records), and the queue is dropped only at the job's end. None means a fault,
   * and answering an empty queue would end every worker with nothing done while the run says OK: it
   * fails the worker, and so the run, naming it.
   */
  MailboxQueue queue(long execution) {
    MailboxQueue queue = queues.get(execution);
    if (queue == null) {
      throw new IllegalStateException(
          "contact-sync run "
              + execution
              + ": the mailbox step has no work queue (its partition mapper made none in this"
              + " process); the run fails rather than end with no mailbox visited.");
    }
    return queue;
  }

  Map<String, Wanted> wanted(long execution, Supplier<Map<String, Wanted>> load) {
    return wanted.computeIfAbsent(execution, e -> Map.copyOf(load.get()));
  }

  /** Starts reading the group memberships this execution will need, on another thread. */
  void readGroupsAhead(long execution, Supplier<Map<String, Set<String>>> read) {
    groups.computeIfAbsent(execution, e -> CompletableFuture.supplyAsync(read, executor));
  }

  /** The memberships read ahead for this execution (once), or, when none were, read now. */
  Map<String, Set<String>> groups(long execution, Supplier<Map<String, Set<String>>> read)
      throws InterruptedException {
    Future<Map<String, Set<String>>> ahead = groups.remove(execution);
    if (ahead == null) {
      return read.get();
    }
    try {
      return ahead.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("reading the groups failed", e.getCause());
    }
  }

  /** What the last completed desired computation was made from, or null. */
  DesiredBasis lastDesired() {
    return lastDesired.get();
  }

  /** Set when a computation has completed; null while one is under way (it may not end). */
  void lastDesired(DesiredBasis basis) {
    lastDesired.set(basis);
  }

  void end(long execution) {
    options.remove(execution);
    plans.remove(execution);
    queues.remove(execution);
    wanted.remove(execution);
    Future<?> ahead = groups.remove(execution);
    if (ahead != null) {
      ahead.cancel(true);
    }
  }
}
