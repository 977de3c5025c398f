package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunNumberingTest {

  @Test
  void runsAreNumberedContiguouslyWhateverTheirExecutionIds() {
    assertEquals(
        Map.of(1L, 1, 2L, 2, 23L, 3, 44L, 4), RunNumbering.number(0, List.of(1L, 2L, 23L, 44L)));
  }

  @Test
  void numberingGoesOnAfterTheRunsBefore() {
    assertEquals(Map.of(44L, 4, 61L, 5), RunNumbering.number(3, List.of(44L, 61L)));
    assertEquals(Map.of(), RunNumbering.number(3, List.of()));
  }
}
