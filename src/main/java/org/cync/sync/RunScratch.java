package org.cync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.cync.contacts.Wanted;
import org.cync.mailbox.MailboxPlan;
import org.cync.settings.SyncSettingsStore;

/**
 * What the steps of one job execution compute once and share: the sync settings (read when the run
 * starts, so every step and mailbox works to the same ones), the plan (the plan step's, reused by
 * the partition mapper) and the desired versions every mailbox partition diffs against (read once,
 * not once per mailbox). Keyed by execution, dropped at its end; after a restart, a new execution
 * computes them afresh, so nothing stale is ever used.
 */
@ApplicationScoped
public class RunScratch {
  @Inject SyncSettingsStore settings;
  private final Map<Long, SyncOptions> options = new ConcurrentHashMap<>();
  private final Map<Long, List<MailboxPlan>> plans = new ConcurrentHashMap<>();
  private final Map<Long, Map<String, Wanted>> wanted = new ConcurrentHashMap<>();

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

  Map<String, Wanted> wanted(long execution, Supplier<Map<String, Wanted>> load) {
    return wanted.computeIfAbsent(execution, e -> Map.copyOf(load.get()));
  }

  void end(long execution) {
    options.remove(execution);
    plans.remove(execution);
    wanted.remove(execution);
  }
}
