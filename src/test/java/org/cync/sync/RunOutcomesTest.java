package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A run's end as one word, from its batch and exit status. */
class RunOutcomesTest {
  @Test
  void eachEnd() {
    assertEquals("completed", RunOutcomes.of("COMPLETED", "COMPLETED"));
    assertEquals("completed_with_failures", RunOutcomes.of("COMPLETED", "COMPLETED_WITH_FAILURES"));
    assertEquals("dry_run", RunOutcomes.of("COMPLETED", "DRY_RUN"));
    assertEquals("awaiting_approval", RunOutcomes.of("STOPPED", "AWAITING_APPROVAL"));
    assertEquals("failed", RunOutcomes.of("FAILED", "FAILED"));
    assertEquals("stopped", RunOutcomes.of("STOPPED", "STOPPED"));
    assertEquals("rejected", RunOutcomes.of("ABANDONED", "AWAITING_APPROVAL"));
    assertEquals("failed", RunOutcomes.of("ABANDONED", "FAILED"));
  }

  @Test
  void everyOutcomeIsALabel() {
    for (String[] end :
        new String[][] {
          {"COMPLETED", "COMPLETED"},
          {"STOPPED", "AWAITING_APPROVAL"},
          {"ABANDONED", "AWAITING_APPROVAL"},
          {"STOPPED", "STOPPED"},
          {"FAILED", "FAILED"},
          {"COMPLETED", "DRY_RUN"}
        }) {
      org.junit.jupiter.api.Assertions.assertTrue(
          RunOutcomes.ALL.contains(RunOutcomes.of(end[0], end[1])), String.join(",", end));
    }
  }
}
