package org.cync.connection.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GraphCallFailedTest {
  @Test
  void adviceFirstThenGraphsOwnWords() {
    assertEquals(
        MicrosoftErrors.graph("ErrorAccessDenied")
            + " (Graph answered 403 ErrorAccessDenied: Access is denied.)",
        new GraphCallFailed(403, "ErrorAccessDenied", "Access is denied.").explain());
  }

  @Test
  void withoutAdviceOnlyGraphsWords() {
    assertEquals(
        "Graph answered 500 generalException: General exception while processing.",
        new GraphCallFailed(500, "generalException", "General exception while processing.")
            .explain());
  }

  @Test
  void keepsStatusAndCode() {
    GraphCallFailed e = new GraphCallFailed(404, "Request_ResourceNotFound", "gone");
    assertEquals(404, e.status());
    assertEquals("Request_ResourceNotFound", e.code());
    assertEquals("gone", e.getMessage());
  }
}
