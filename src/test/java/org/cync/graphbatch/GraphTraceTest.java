package org.cync.graphbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What support asks for, read from a $batch sub-response, its headers and its envelope. */
class GraphTraceTest {

  @Test
  void aSubResponseErrorGivesItsInnerErrorIdsAndDateInUtc() throws Exception {
    List<SubResponse> answers =
        GraphBatchTransport.responses(
            new StringReader(
                """
                {"responses":[{"id":"1","status":403,"headers":{"Content-Type":"application/json"},
                 "body":{"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled.",
                  "innerError":{"date":"2025-02-13T10:17:05",
                   "request-id":"93b6f17e-c05d-4f45-ad2a-6665c708d8a0",
                   "client-request-id":"e70c5c1b-8b47-68c0-3171-3d22f5e0bd54"}}}}]}
                """));
    SubResponse r = answers.get(0);
    assertEquals("ErrorAccessDenied", r.errorCode());
    GraphTrace t = r.trace();
    assertEquals("93b6f17e-c05d-4f45-ad2a-6665c708d8a0", t.requestId());
    assertEquals("e70c5c1b-8b47-68c0-3171-3d22f5e0bd54", t.clientRequestId());
    assertEquals("2025-02-13T10:17:05Z", t.date());
  }

  @Test
  void withoutInnerErrorItsOwnHeadersThenTheEnvelopeSayIt() {
    SubResponse own =
        new SubResponse(
            "1",
            429,
            Map.of("Request-Id", "sub-1", "Retry-After", "1"),
            Map.of("error", Map.of("code", "ApplicationThrottled")),
            null,
            new GraphTrace("envelope", "client", "2026-01-02T03:04:05Z"));
    assertEquals(new GraphTrace("sub-1", "client", "2026-01-02T03:04:05Z"), own.trace());
    SubResponse bare = new SubResponse("2", 500, Map.of(), null);
    assertTrue(bare.trace().isEmpty());
  }

  @Test
  void theHttpDateHeaderAndTheSdksOffsetDateAreUtc() {
    GraphTrace t =
        GraphTrace.of(
            null,
            name ->
                switch (name) {
                  case "Date" -> "Thu, 13 Feb 2025 10:17:05 GMT";
                  case "request-id" -> "r";
                  default -> null;
                });
    assertEquals("2025-02-13T10:17:05Z", t.date());
    assertEquals("2025-02-13T09:17:05Z", GraphTrace.date("2025-02-13T10:17:05+01:00"));
    assertEquals("not a date", GraphTrace.date("not a date"));
    assertEquals("Thu, not a date", GraphTrace.date("Thu, not a date"));
    assertNull(GraphTrace.date(" "));
  }

  @Test
  void valuesAreBoundedAndControlCharactersDropped() {
    GraphTrace t = new GraphTrace("x".repeat(500), "a\nb\u0000c", " ");
    assertEquals(GraphTrace.MAX, t.requestId().length());
    assertEquals("abc", t.clientRequestId());
    assertNull(t.date());
  }
}
