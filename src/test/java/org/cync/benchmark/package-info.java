/**
 * The sync benchmark ({@code ./mvnw -Pbenchmark verify}): cync.jar against the standalone sandbox
 * with Outlook's limits and a fixed latency, one figures line per scenario. Prints, never asserts.
 * Beside it, {@link org.cync.benchmark.VersionIndexMeasurement}, run by hand: what one index of the
 * store costs and saves on plain Derby.
 */
package org.cync.benchmark;
