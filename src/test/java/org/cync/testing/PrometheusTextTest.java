package org.cync.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test parser accepts what Payara's MicroProfile Metrics writes and refuses malformed text. */
class PrometheusTextTest {
  static final String PAYARA_LIKE =
      """
      # TYPE cync_runs_total counter
      # HELP cync_runs_total Runs ended since the start, by outcome (in memory).
      cync_runs_total{mp_scope="application",outcome="completed"} 2.0
      cync_runs_total{mp_scope="application",outcome="failed"} 0.0
      # TYPE cync_last_success_timestamp_seconds gauge
      cync_last_success_timestamp_seconds{mp_scope="application"} NaN
      # TYPE gc_time_seconds_total counter
      gc_time_seconds_total{mp_scope="base",name="G1 Young Generation"} 6.956
      """;

  @Test
  void readsSamplesWithLabelsAndNaN() {
    PrometheusText p = PrometheusText.parse(PAYARA_LIKE);
    assertEquals(4, p.samples().size());
    assertEquals(
        2.0, p.value("cync_runs_total", Map.of("outcome", "completed")).orElseThrow(), 0.0);
    assertTrue(p.value("cync_last_success_timestamp_seconds", Map.of()).orElseThrow().isNaN());
    assertEquals("counter", p.type("cync_runs_total").orElseThrow());
    assertEquals(
        6.956,
        p.value("gc_time_seconds_total", Map.of("name", "G1 Young Generation")).orElseThrow(),
        0.0);
  }

  @Test
  void refusesMalformedLines() {
    assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("cync_x 1\n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PrometheusText.parse("# TYPE cync_x gauge\ncync_x{a=b} 1\n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PrometheusText.parse("# TYPE cync_x gauge\ncync_x one\n"));
    assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("<html>\n"));
  }
}
