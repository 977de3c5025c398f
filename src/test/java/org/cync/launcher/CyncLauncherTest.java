package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CyncLauncherTest {

  @Test
  void aFailedCommandsReasonLosesPayarasReporterPrefixAndLineBreaks() {
    assertEquals(
        "Attribute value (pool-name = x) is not found in list of jdbc connection pools.",
        CyncLauncher.reason(
            "PlainTextActionReporterFAILUREAttribute value (pool-name = x) is not found\n in list of jdbc connection pools.\n"));
    assertEquals("no reason given", CyncLauncher.reason(" "));
    assertEquals("no reason given", CyncLauncher.reason(null));
  }
}
