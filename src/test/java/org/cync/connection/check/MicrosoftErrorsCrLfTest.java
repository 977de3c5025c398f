package org.cync.connection.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MicrosoftErrorsCrLfTest {
  /** Entra's error_description separates its lines with CR LF ("…\r\nTrace ID: …"). */
  @Test
  void entrasCrLfLineEndingIsNotShown() {
    Exception e =
        new IllegalStateException(
            "AADSTS90002: Tenant 'x' not found.\r\nTrace ID: 5c1f\r\nCorrelation ID: 9d2e");
    assertEquals("AADSTS90002: Tenant 'x' not found.", MicrosoftErrors.firstLine(e));
    String m =
        MicrosoftErrors.signIn(
            new IllegalStateException("AADSTS123456: Something new.\r\nTrace ID: 5c1f"), "AA");
    assertEquals(
        "Sign-in failed: AADSTS123456: Something new. — look up AADSTS123456 at"
            + " https://login.microsoftonline.com/error?code=123456",
        m);
  }
}
