package org.cync.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cync.connection.Connection;
import org.cync.connection.certificate.Expiry;
import org.cync.graphbatch.GraphTraffic;
import org.cync.sync.RunEnded;
import org.cync.sync.RunOutcomes;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Registers CYNC's metrics in MicroProfile Metrics' application registry at start, so every name is
 * there (at zero) before the first run, and counts each run's end. Counters (runs, contacts
 * written) are in memory since the start; gauges are read when Prometheus scrapes.
 */
@ApplicationScoped
public class CyncMetrics {
  private static final Logger LOG = Logger.getLogger(CyncMetrics.class.getName());
  static final String[] OPERATIONS = {"created", "updated", "deleted"};
  static final String[] STATUS_CLASSES = {"2xx", "4xx", "5xx"};

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject StoredFiguresReader stored;
  @Inject GraphTraffic traffic;
  @Inject Connection connection;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (String outcome : RunOutcomes.ALL) {
      registry.counter(runs(), new Tag("outcome", outcome));
    }
    for (String op : OPERATIONS) {
      registry.counter(written(), new Tag("operation", op));
    }
    for (String c : STATUS_CLASSES) {
      gauge(
          "cync_graph_requests_total",
          "Graph answers to CYNC's writes since the start, by HTTP status class (in memory).",
          () -> traffic.total().answers(c),
          new Tag("status_class", c));
    }
    gauge(
        "cync_graph_throttled_total",
        "Graph answers 429, 503 or 504 (throttled; retried after Retry-After) since the start.",
        () -> traffic.total().throttledResponses());
    gauge(
        "cync_last_run_duration_seconds",
        "How long the last ended run took (from the run history).",
        () -> stored.current().lastRunDurationSeconds());
    gauge(
        "cync_last_success_timestamp_seconds",
        "When the last run that wrote every mailbox ended, Unix seconds (from the run history).",
        () -> stored.current().lastSuccessEpochSeconds());
    gauge(
        "cync_failing_mailboxes",
        "Mailboxes that failed in the last ended run (from the run history).",
        () -> stored.current().failingMailboxes());
    gauge(
        "cync_certificate_days_left",
        "Days until the certificate in use expires; absent without one.",
        this::certificateDaysLeft);
  }

  void ended(@Observes RunEnded end) {
    try {
      registry.counter(runs(), new Tag("outcome", end.outcome())).inc();
      registry.counter(written(), new Tag("operation", "created")).inc(end.created());
      registry.counter(written(), new Tag("operation", "updated")).inc(end.updated());
      registry.counter(written(), new Tag("operation", "deleted")).inc(end.deleted());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Run " + end.executionId() + " not counted in the metrics", e);
    }
  }

  private double certificateDaysLeft() {
    return connection.expiry().map(Expiry::daysLeft).map(Long::doubleValue).orElse(Double.NaN);
  }

  private void gauge(String name, String help, Supplier<Number> value, Tag... tags) {
    registry.gauge(metadata(name, help), value, tags);
  }

  /** Shown as {@code cync_runs_total}: the exporter adds {@code _total} to counters. */
  private static Metadata runs() {
    return metadata("cync_runs", "Runs ended since the start, by outcome (in memory).");
  }

  private static Metadata written() {
    return metadata(
        "cync_contacts_written", "Contacts written since the start, by operation (in memory).");
  }

  private static Metadata metadata(String name, String help) {
    return Metadata.builder()
        .withName(name)
        .withDescription(help)
        .withUnit(MetricUnits.NONE)
        .build();
  }
}
