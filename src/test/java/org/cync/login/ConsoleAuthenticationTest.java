package org.cync.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ConsoleAuthenticationTest {

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBasicHeaderGivesUserAndPasswordWhichMayContainColons() {
    UsernamePasswordCredential credential =
        ConsoleAuthentication.basicCredential(basic("admin:pä:ss"));
    assertEquals("admin", credential.getCaller());
    assertEquals("pä:ss", credential.getPasswordAsString());
    assertEquals(
        "admin",
        ConsoleAuthentication.basicCredential("basic " + basic("admin:x").substring(6))
            .getCaller());
  }

  @Test
  void aBearerHeaderGivesItsToken() {
    assertEquals("cync_abc", ConsoleAuthentication.bearerToken("Bearer cync_abc"));
    assertEquals("cync_abc", ConsoleAuthentication.bearerToken("bearer  cync_abc "));
    assertNull(ConsoleAuthentication.bearerToken(null));
    assertNull(ConsoleAuthentication.bearerToken("Bearer "));
    assertNull(ConsoleAuthentication.bearerToken(basic("admin:x")));
    assertNull(ConsoleAuthentication.basicCredential("Bearer cync_abc"));
  }

  @Test
  void refusalsSayHowLongToWait() {
    String throttled =
        ConsoleAuthentication.refusal(new SignInOutcome(SignInOutcome.Kind.THROTTLED, null, 4));
    assertEquals("Too many failed sign-ins: wait 4 s and try again.", throttled);
    String locked =
        ConsoleAuthentication.refusal(new SignInOutcome(SignInOutcome.Kind.LOCKED, null, 900));
    assertTrue(locked.contains("locked") && locked.contains("900 s"), locked);
  }

  @Test
  void missingOrMalformedHeadersGiveNoCredential() {
    assertNull(ConsoleAuthentication.basicCredential(null));
    assertNull(ConsoleAuthentication.basicCredential("Bearer abc"));
    assertNull(ConsoleAuthentication.basicCredential("Basic !!!"));
    assertNull(ConsoleAuthentication.basicCredential(basic("no-colon")));
  }
}
