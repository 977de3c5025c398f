package org.cync.connection.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistHeadlineTest {
  private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

  private static Checklist of(CheckLine... lines) {
    return new Checklist(AT, 10, "AA", List.of(lines));
  }

  @Test
  void everyCheckRanAndPassed() {
    assertEquals(
        "All checks passed",
        ChecklistHeadline.of(
            of(CheckLine.passed("Sign-in", "ok"), CheckLine.passed("Mailbox read", "ok"))));
  }

  @Test
  void aSkippedMailboxCheckIsNamedNotHidden() {
    assertEquals(
        "All checks passed; 1 skipped (Mailbox read: no mailbox to test)",
        of(
                CheckLine.passed("Sign-in", "ok"),
                CheckLine.skipped("Mailbox read", "no mailbox to test"))
            .headline());
  }

  @Test
  void warningsAndSeveralSkippedAreCounted() {
    assertEquals(
        "All checks passed; 1 warning; 2 skipped (A: a; B: b)",
        ChecklistHeadline.of(
            of(
                CheckLine.passed("Sign-in", "ok"),
                CheckLine.warning("Permissions", "extra"),
                CheckLine.skipped("A", "a"),
                CheckLine.skipped("B", "b"))));
  }

  @Test
  void aFailureWinsAndItsFollowersSkippedAreNotListed() {
    assertEquals(
        "Something needs fixing: 1 failed",
        ChecklistHeadline.of(
            of(
                CheckLine.failed("Sign-in", "bad"),
                CheckLine.skipped("Mailbox read", "not run: fix the line above first"))));
  }
}
