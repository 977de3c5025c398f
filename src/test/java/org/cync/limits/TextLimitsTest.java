package org.cync.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextLimitsTest {
  @Test
  void aValueWithinTheLimitPasses() {
    assertEquals(Optional.empty(), TextLimits.problem("folderName", "x".repeat(256), 256));
    assertEquals(Optional.empty(), TextLimits.problem("folderName", null, 256));
    assertEquals(Optional.empty(), TextLimits.problem("folderName", "Zoë Ärger – 電話", 256));
  }

  @Test
  void aLongValueIsRefusedNamingTheFieldAndTheLimit() {
    assertEquals(
        Optional.of("'folderName' has 257 characters; CYNC accepts at most 256 here: shorten it."),
        TextLimits.problem("folderName", "x".repeat(257), 256));
  }

  @Test
  void controlCharactersAreRefused() {
    for (char c : new char[] {0, '\n', '\t', 0x1f, 0x7f, 0x85, 0x9f}) {
      Optional<String> p = TextLimits.problem("folderName", "Company" + c, 256);
      assertTrue(p.isPresent(), "U+" + Integer.toHexString(c));
      assertTrue(p.get().startsWith("'folderName' contains a control character (U+"), p.get());
      assertTrue(p.get().contains("at character 8"), p.get());
    }
    assertEquals(Optional.empty(), TextLimits.problem("folderName", "a\u00a0b", 256));
  }

  @Test
  void tooManyEntriesAreRefused() {
    assertEquals(Optional.empty(), TextLimits.listProblem("targets.userIds", 10_000));
    assertTrue(
        TextLimits.listProblem("targets.userIds", 10_001)
            .orElseThrow()
            .startsWith("'targets.userIds' has 10,001 entries; CYNC accepts at most 10,000"));
  }

  @Test
  void aValueIsShownShortAndPrintable() {
    assertEquals("a?b", TextLimits.shown("a\u0000b"));
    assertEquals("x".repeat(60) + "…", TextLimits.shown("x".repeat(20_000_000)));
  }
}
