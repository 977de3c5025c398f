package org.cync.schedule;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.cync.settings.ScheduleOptions;

/**
 * The schedule as the dashboard and {@code GET /api/schedule} show it: the options, the timer's
 * next firing and whether it will be a full reconcile, and what the last firings did (kept in
 * memory since the server started).
 *
 * @param nextRun empty when the schedule is off
 * @param awaitingApproval the newest run, when the deletion guard stopped it
 * @param pausedUntil when a pause ends; empty when scheduled runs are not paused now
 */
public record ScheduleStatus(
    ScheduleOptions options,
    Optional<Instant> nextRun,
    boolean nextRunReconcile,
    boolean connected,
    OptionalLong awaitingApproval,
    ScheduledStart.Started lastStarted,
    ScheduledStart.Skipped lastSkipped,
    Optional<Instant> pausedUntil) {}
