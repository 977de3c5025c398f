package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.cync.history.RunRequest.BadRunRequest;
import org.junit.jupiter.api.Test;

class RunRequestTest {

  @Test
  void documentedParametersPass() {
    assertEquals(
        Map.of("dryRun", "true", "reconcile", "false", "chunkSize", "50", "mailboxChunkSize", "7"),
        RunRequest.forStart(
            Map.of(
                "dryRun",
                "true",
                "reconcile",
                " false ",
                "chunkSize",
                "50",
                "mailboxChunkSize",
                "7"),
            false));
    assertEquals(Map.of(), RunRequest.forStart(null, false));
  }

  @Test
  void approvalCannotBeSmuggledIntoAStart() {
    BadRunRequest e =
        assertThrows(
            BadRunRequest.class,
            () -> RunRequest.forStart(Map.of("approvedDeletes", "999"), false));
    assertEquals("approvedDeletes", e.field());
    assertTrue(e.getMessage().contains("POST /api/runs/{id}/approve"), e.getMessage());
  }

  @Test
  void internalParametersAreRefusedByName() {
    for (String name : new String[] {"directory", "trigger", "Graph", "dryrun"}) {
      BadRunRequest e =
          assertThrows(BadRunRequest.class, () -> RunRequest.forStart(Map.of(name, "x"), false));
      assertEquals(name, e.field());
      assertTrue(e.getMessage().startsWith("Unknown parameter '" + name + "'"), e.getMessage());
    }
  }

  @Test
  void testHooksOnlyOnATestServer() {
    for (String hook : new String[] {"failAtItem", "itemDelayMillis", "sampleSize"}) {
      assertThrows(BadRunRequest.class, () -> RunRequest.forStart(Map.of(hook, "3"), false));
      assertThrows(BadRunRequest.class, () -> RunRequest.forRestart(Map.of(hook, "3"), false));
      assertEquals(Map.of(hook, "3"), RunRequest.forStart(Map.of(hook, "3"), true));
    }
  }

  @Test
  void valuesOutsideTheirRangeNameTheField() {
    assertEquals(
        "'dryRun' must be true or false, not 'yes'.",
        assertThrows(BadRunRequest.class, () -> RunRequest.forStart(Map.of("dryRun", "yes"), false))
            .getMessage());
    assertThrows(BadRunRequest.class, () -> RunRequest.forStart(Map.of("chunkSize", "0"), false));
    assertThrows(
        BadRunRequest.class, () -> RunRequest.forStart(Map.of("chunkSize", "1001"), false));
    assertThrows(
        BadRunRequest.class,
        () -> RunRequest.forStart(Map.of("chunkSize", "99999999999999999999"), false));
    assertThrows(BadRunRequest.class, () -> RunRequest.forStart(Map.of("chunkSize", "-1"), false));
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("dryRun", null);
    assertThrows(BadRunRequest.class, () -> RunRequest.forStart(nullValue, false));
  }

  @Test
  void aRestartRepeatsItsRunButATestMayClearAHook() {
    BadRunRequest e =
        assertThrows(
            BadRunRequest.class, () -> RunRequest.forRestart(Map.of("dryRun", "true"), false));
    assertTrue(e.getMessage().contains("A restart takes no parameters"), e.getMessage());
    assertEquals(Map.of("failAtItem", ""), RunRequest.forRestart(Map.of("failAtItem", ""), true));
  }

  @Test
  void aLongOrControlNameIsShortenedInTheMessage() {
    String name = "x".repeat(500) + "\u0000";
    String message =
        assertThrows(BadRunRequest.class, () -> RunRequest.forStart(Map.of(name, "1"), false))
            .getMessage();
    assertTrue(message.length() < 300 && !message.contains("\u0000"), message);
  }
}
