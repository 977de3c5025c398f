package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.util.Optional;
import org.cync.roles.NotAllowed;
import org.junit.jupiter.api.Test;

/** What an API caller is told: a sentence and a status, never an exception's class or text. */
class ApiFailureTest {
  @Test
  void anUnexpectedExceptionIsA500WithAReferenceAndNoInternals() {
    ApiFailure f =
        ApiFailure.forException(new NullPointerException("Cannot invoke Map.get() on secret"));
    assertEquals(500, f.status());
    String ref = f.reference().orElseThrow();
    assertTrue(ref.matches("[0-9a-f]{8}"), ref);
    assertEquals("Something went wrong; reference " + ref + " is in CYNC's log.", f.message());
    assertNotEquals(ref, ApiFailure.forException(new IllegalStateException()).reference().get());
  }

  @Test
  void aBodyThatIsNotJsonOfTheRightShapeIsA400() {
    ApiFailure f =
        ApiFailure.forException(
            new ProcessingException(
                "Error deserializing object", new JsonbException("Unexpected char 120 at (1:2)")));
    assertEquals(400, f.status());
    assertTrue(f.message().startsWith("The body is not JSON of the expected shape"));
    assertFalse(f.message().contains("120"));
    assertEquals(Optional.empty(), f.reference());
  }

  @Test
  void aViewerRefusedDeepInsideIsA403() {
    ApiFailure f =
        ApiFailure.forException(new EJBException(new RuntimeException(new NotAllowed())));
    assertEquals(403, f.status());
    assertEquals(new NotAllowed().getMessage(), f.message());
  }

  @Test
  void theContainersStatusesGetTheApisSentences() {
    assertTrue(ApiFailure.forStatus(404).message().startsWith("No such API path"));
    assertTrue(ApiFailure.forStatus(405).message().startsWith("This path does not take this"));
    assertTrue(ApiFailure.forStatus(413).message().contains("1 MB"));
    assertTrue(ApiFailure.forStatus(415).message().contains("application/json"));
    assertTrue(ApiFailure.forStatus(503).message().contains("its log says more"));
    assertEquals("The request was refused (HTTP 429).", ApiFailure.forStatus(429).message());
  }
}
