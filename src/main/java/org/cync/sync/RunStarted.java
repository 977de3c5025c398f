package org.cync.sync;

import java.time.Instant;

/**
 * Announced (CDI event, synchronous) when a run starts, so the run history can record it while it
 * goes, without the job knowing about the history.
 *
 * @param trigger who started it: schedule, manual, restart, approval or api
 */
public record RunStarted(
    long executionId, long instanceId, String trigger, boolean dryRun, Instant started) {}
