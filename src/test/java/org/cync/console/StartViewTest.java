package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartViewTest {

  @Test
  void aRunsTimeIsShownInUtcToTheSecond() {
    assertEquals("2026-12-06 09:14:18 UTC", new StartView().when("2026-12-06T09:14:18.027Z"));
  }

  @Test
  void aRunningRunHasNoEndYetWhetherFacesPassesNullOrBlank() {
    assertEquals("", new StartView().when(null));
    assertEquals("", new StartView().when(""));
  }
}
