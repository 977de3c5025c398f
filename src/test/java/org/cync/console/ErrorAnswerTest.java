package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorAnswerTest {

  @Test
  void aServerErrorShowsItsReferenceAndNothingElseOfTheFailure() {
    String ref = ErrorReference.next();
    assertTrue(ErrorReference.isReference(ref), ref);
    String html = ErrorAnswer.of(500, ref).html("");
    assertTrue(html.contains("<strong id=\"reference\">" + ref + "</strong>"), html);
    assertFalse(html.toLowerCase().contains("exception"), html);
    assertEquals(
        "{\"error\":\"Something went wrong (reference " + ref + " in the server's log)\"}",
        ErrorAnswer.of(500, ref).json());
  }

  @Test
  void onlyAReferenceOfEightHexCharactersIsEverShown() {
    String html = ErrorAnswer.of(500, "<script>alert(1)</script>").html("");
    assertFalse(html.contains("script"), html);
    assertFalse(html.contains("Reference:"), html);
    assertFalse(ErrorReference.isReference("ABCDEF12"));
  }

  @Test
  void notFoundSaysSoWithoutAReference() {
    ErrorAnswer answer = ErrorAnswer.of(404, null);
    assertEquals("Not found", answer.title());
    assertEquals("{\"error\":\"Not found\"}", answer.json());
  }

  @Test
  void otherRefusalsGoByTheirStandardNameOnly() {
    assertEquals("{\"error\":\"Method Not Allowed\"}", ErrorAnswer.of(405, null).json());
    assertEquals("Request refused", ErrorAnswer.of(499, null).title());
  }
}
