package org.cync.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.cync.connection.ConnectionStore;
import org.cync.history.RunView;
import org.cync.history.SyncRuns;
import org.cync.settings.ScheduleOptions;
import org.cync.settings.SyncSettingsStore;

/** Puts {@link ScheduleStatus} together from the timer, the run history and the connection. */
@ApplicationScoped
public class ScheduleOverview {
  @Inject Scheduler scheduler;
  @Inject ScheduledStart start;
  @Inject SyncRuns runs;
  @Inject ConnectionStore connection;
  @Inject SyncSettingsStore settings;
  Clock clock = Clock.systemUTC();

  public ScheduleStatus now() {
    ScheduleOptions options = settings.current().schedule();
    Optional<Instant> next = scheduler.nextRun();
    boolean reconcile =
        next.isPresent()
            && ScheduleDecision.reconcileDue(options, runs::lastReconcileSince, next.get());
    OptionalLong awaiting =
        runs.recent(1).stream()
            .filter(RunView::isApprovable)
            .mapToLong(RunView::getExecutionId)
            .findFirst();
    return new ScheduleStatus(
        options,
        next,
        reconcile,
        connection.current().isComplete(),
        awaiting,
        start.lastStarted(),
        start.lastSkipped(),
        options.pauseEnd().filter(clock.instant()::isBefore));
  }
}
