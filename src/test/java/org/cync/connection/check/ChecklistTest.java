package org.cync.connection.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistTest {
  private static final Instant AT = Instant.parse("2026-11-26T21:00:00Z");

  @Test
  void plusAppendsAndLeavesTheOriginalAlone() {
    Checklist one = new Checklist(AT, 42, "AA", List.of(CheckLine.passed("Configuration", "ok")));
    CheckLine saved = CheckLine.passed("Saved", "settings saved");

    Checklist two = one.plus(saved);

    assertEquals(List.of(CheckLine.passed("Configuration", "ok"), saved), two.lines());
    assertEquals(1, one.lines().size());
    assertEquals(AT, two.at());
    assertEquals(42, two.millis());
    assertEquals("AA", two.thumbprint());
    assertThrows(UnsupportedOperationException.class, () -> two.lines().add(saved));
  }

  @Test
  void okNeedsAPassAndNoFailure() {
    assertTrue(
        new Checklist(
                AT,
                0,
                null,
                List.of(
                    CheckLine.passed("a", ""),
                    CheckLine.warning("b", ""),
                    CheckLine.skipped("c", "")))
            .ok());
    assertFalse(
        new Checklist(AT, 0, null, List.of(CheckLine.passed("a", ""), CheckLine.failed("b", "")))
            .ok());
  }

  @Test
  void notOkWhenNothingPassed() {
    assertFalse(new Checklist(AT, 0, null, List.of()).ok());
    assertFalse(
        new Checklist(AT, 0, null, List.of(CheckLine.warning("a", ""), CheckLine.skipped("b", "")))
            .isOk());
  }

  @Test
  void aFailureAddedLaterMakesItNotOk() {
    Checklist ok = new Checklist(AT, 0, null, List.of(CheckLine.passed("a", "")));
    assertTrue(ok.ok());
    assertFalse(ok.plus(CheckLine.failed("Saved", "could not save")).ok());
  }
}
