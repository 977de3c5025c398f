/**
 * What Prometheus scrapes at {@code /metrics} (MicroProfile Metrics, application scope), names
 * starting {@code cync_}: gauges read from CYNC's store at scrape time (they survive a restart) and
 * counters kept in memory since the start. Reads history, sync and connection; nothing reads it.
 */
package org.cync.metrics;
