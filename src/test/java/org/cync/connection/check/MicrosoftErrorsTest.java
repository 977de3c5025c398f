package org.cync.connection.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class MicrosoftErrorsTest {
  private static final String THUMB = "0123456789ABCDEF0123456789ABCDEF01234567";

  private static Exception entra(String code, String text) {
    return new IllegalStateException(
        "AADSTS" + code + ": " + text + "\nTrace ID: 5c1f\nCorrelation ID: 9d2e");
  }

  @Test
  void aadstsCodeIsFoundInNestedCauses() {
    Exception e =
        new RuntimeException(
            "token request failed",
            new IllegalStateException(
                null, new IllegalArgumentException("AADSTS7000215: Invalid client secret")));
    assertEquals(Optional.of("7000215"), MicrosoftErrors.aadstsCode(e));
  }

  @Test
  void noCodeWhenNoneIsMentioned() {
    assertEquals(
        Optional.empty(),
        MicrosoftErrors.aadstsCode(new RuntimeException("boom", new RuntimeException())));
  }

  @Test
  void invalidTenant() {
    String m = MicrosoftErrors.signIn(entra("90002", "Tenant 'x' not found."), THUMB);
    assertTrue(m.startsWith("AADSTS90002: Invalid tenant"), m);
    assertTrue(m.endsWith("(Entra ID said: AADSTS90002: Tenant 'x' not found.)"), m);
  }

  @Test
  void unknownApplication() {
    String m =
        MicrosoftErrors.signIn(
            entra("700016", "Application with identifier 'c' was not found"), THUMB);
    assertTrue(m.startsWith("AADSTS700016: Application (client) ID not found"), m);
  }

  @Test
  void certificateNotUploadedNamesTheThumbprint() {
    String m =
        MicrosoftErrors.signIn(
            entra("700027", "Client assertion failed signature validation."), THUMB);
    assertTrue(m.contains("This certificate (thumbprint " + THUMB + ") is not uploaded"), m);
  }

  @Test
  void clockSkewSaysHowFarBehindThisServerIs() {
    String m =
        MicrosoftErrors.signIn(
            entra(
                "700024",
                "Client assertion is not within its valid time range. Current time:"
                    + " 2026-11-26T23:01:13.093Z, assertion valid from 2026-11-26T21:01:12Z,"
                    + " expiry time of assertion 2026-11-26T21:11:12Z. Review the documentation"),
            THUMB);
    assertTrue(m.startsWith("AADSTS700024: The server clock is off"), m);
    assertTrue(m.contains("This server's clock is about 120 minutes behind Microsoft's."), m);
  }

  @Test
  void clockAheadIsSaidToBeAhead() {
    assertEquals(
        " This server's clock is about 15 minutes ahead of Microsoft's.",
        MicrosoftErrors.clockOffset(
            "AADSTS700024: Client assertion is not within its valid time range. Current time:"
                + " 2026-11-26T21:00:00Z, assertion valid from 2026-11-26T21:15:00Z, expiry time"
                + " of assertion 2026-11-26T21:25:00Z."));
  }

  @Test
  void clockSkewWithoutTimesSaysNothingAboutMinutes() {
    String m = MicrosoftErrors.signIn(entra("700024", "Client assertion is not valid."), THUMB);
    assertTrue(m.startsWith("AADSTS700024: The server clock is off"), m);
    assertTrue(!m.contains("minutes"), m);
  }

  @Test
  void anUnknownCodeGivesTheLookupAddress() {
    String m = MicrosoftErrors.signIn(entra("123456", "Something new."), THUMB);
    assertEquals(
        "Sign-in failed: AADSTS123456: Something new. — look up AADSTS123456 at"
            + " https://login.microsoftonline.com/error?code=123456",
        m);
  }

  @Test
  void aSignInFailureWithoutCodeOrNetworkCauseKeepsTheMessage() {
    assertEquals(
        "Sign-in failed: it broke",
        MicrosoftErrors.signIn(new RuntimeException("it broke\nat line 2"), THUMB));
  }

  @Test
  void aSignInFailureFromTheNetworkIsANetworkMessage() {
    String m =
        MicrosoftErrors.signIn(
            new RuntimeException(new UnknownHostException("login.microsoftonline.com")), THUMB);
    assertTrue(m.startsWith("Cannot resolve login.microsoftonline.com"), m);
  }

  @Test
  void unknownHost() {
    String m =
        MicrosoftErrors.network(
                new RuntimeException("wrapped", new UnknownHostException("graph.microsoft.com")))
            .orElseThrow();
    assertTrue(m.startsWith("Cannot resolve graph.microsoft.com: check DNS"), m);
  }

  @Test
  void connectionRefused() {
    String m =
        MicrosoftErrors.network(new RuntimeException(new ConnectException("Connection refused")))
            .orElseThrow();
    assertTrue(m.startsWith("Cannot reach Microsoft (Connection refused)"), m);
  }

  @Test
  void tlsFailurePointsToTheTrustedCaFile() {
    String m =
        MicrosoftErrors.network(
                new RuntimeException(new SSLHandshakeException("PKIX path building failed")))
            .orElseThrow();
    assertTrue(m.startsWith("The TLS connection failed (PKIX path building failed)"), m);
    assertTrue(m.contains("trusted CA file"), m);
  }

  @Test
  void otherFailuresAreNotNetworkFailures() {
    assertEquals(Optional.empty(), MicrosoftErrors.network(new IllegalStateException("x")));
  }

  @Test
  void graphCodesWithAdvice() {
    assertTrue(
        MicrosoftErrors.graph("Authorization_RequestDenied").startsWith("Insufficient privileges"));
    assertTrue(MicrosoftErrors.graph("ErrorAccessDenied").contains("Contacts.ReadWrite"));
    assertTrue(
        MicrosoftErrors.graph("MailboxNotEnabledForRESTAPI")
            .contains("no Exchange Online mailbox"));
  }

  @Test
  void graphCodesWithoutAdvice() {
    assertNull(MicrosoftErrors.graph("SomethingElse"));
    assertNull(MicrosoftErrors.graph(null));
  }

  @Test
  void firstLineSkipsBlankMessagesAndTruncatesLongOnes() {
    assertEquals(
        "deep", MicrosoftErrors.firstLine(new RuntimeException(" ", new RuntimeException("deep"))));
    assertEquals("NullPointerException", MicrosoftErrors.firstLine(new NullPointerException()));
    assertEquals(401, MicrosoftErrors.firstLine(new RuntimeException("x".repeat(500))).length());
  }
}
