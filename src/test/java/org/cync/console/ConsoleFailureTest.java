package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.cync.roles.NotAllowed;
import org.junit.jupiter.api.Test;

class ConsoleFailureTest {

  @Test
  void aRefusedActionIsFoundUnderFacesAndElWrappers() {
    NotAllowed refused = new NotAllowed();
    ConsoleFailure f =
        ConsoleFailure.of(new FacesException(new ELException("wrapped", refused)), null);
    assertEquals(ConsoleFailure.Kind.NOT_ALLOWED, f.kind());
    assertSame(refused, f.cause());
  }

  @Test
  void anExpiredViewIsOfferedAgainWhenItsStateLooksLikeCyncsOwn() {
    ViewExpiredException expired = new ViewExpiredException("gone", "/login.xhtml");
    ConsoleFailure f =
        ConsoleFailure.of(new FacesException(expired), "-4081137012315812233:7266534396207211455");
    assertEquals(ConsoleFailure.Kind.EXPIRED, f.kind());
    assertSame(expired, f.cause());
    assertEquals(ConsoleFailure.Kind.EXPIRED, ConsoleFailure.of(expired, null).kind());
  }

  @Test
  void aViewStateCyncCannotHaveWrittenIsAnErrorNotAnExpiry() {
    ViewExpiredException expired = new ViewExpiredException("gone", "/sync.xhtml");
    assertEquals(
        ConsoleFailure.Kind.UNEXPECTED, ConsoleFailure.of(expired, "rO0ABXNyAB<script>").kind());
    assertEquals(ConsoleFailure.Kind.UNEXPECTED, ConsoleFailure.of(expired, "1:2:3").kind());
  }

  @Test
  void anythingElseIsUnexpectedEvenASelfCausedChain() {
    RuntimeException loop = new RuntimeException("boom");
    RuntimeException outer = new RuntimeException(loop);
    loop.initCause(outer);
    ConsoleFailure f = ConsoleFailure.of(outer, null);
    assertEquals(ConsoleFailure.Kind.UNEXPECTED, f.kind());
    assertSame(outer, f.cause());
  }
}
