/**
 * The sync benchmark ({@code ./mvnw -Pbenchmark verify}): cync.jar against the standalone sandbox
 * with Outlook's limits and a fixed latency, one figures line per scenario. Prints, never asserts.
 */
package org.cync.benchmark;
