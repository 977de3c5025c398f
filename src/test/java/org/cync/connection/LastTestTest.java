package org.cync.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.cync.connection.check.CheckLine;
import org.cync.connection.check.Checklist;
import org.junit.jupiter.api.Test;

class LastTestTest {
  @Test
  void aChecklistSurvivesTheRoundTripWithLinesAndStatuses() {
    Checklist c =
        new Checklist(
            Instant.parse("2026-11-26T21:00:00Z"),
            1234,
            "0123456789ABCDEF0123456789ABCDEF01234567",
            List.of(
                CheckLine.passed("Configuration", "tenant t, client c"),
                CheckLine.warning("Certificate", "expires in 10 days → renew \"soon\""),
                CheckLine.failed("Sign-in", "AADSTS700016: Application (client) ID not found"),
                CheckLine.skipped("Permissions", "not run: fix the line above first")));

    Checklist back = new LastTest(c).checklist();

    assertEquals(c, back);
    assertEquals(
        List.of(
            CheckLine.Status.PASSED,
            CheckLine.Status.WARNING,
            CheckLine.Status.FAILED,
            CheckLine.Status.SKIPPED),
        back.lines().stream().map(CheckLine::status).toList());
  }

  @Test
  void replaceWithTakesEverything() {
    Checklist older = new Checklist(Instant.EPOCH, 1, "AA", List.of());
    Checklist newer =
        new Checklist(
            Instant.parse("2026-01-01T00:00:00Z"),
            2,
            "BB",
            List.of(CheckLine.passed("Configuration", "ok")));
    LastTest row = new LastTest(older);
    row.replaceWith(new LastTest(newer));
    assertEquals(newer, row.checklist());
  }
}
