package org.cync.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each bad field is named with its fix; nothing is accepted half. */
class AlertRulesTest {
  @Test
  void eachProblemNamesItsField() {
    var c =
        AlertRules.check(
            Map.of(
                "host", "smtp example",
                "port", "70000",
                "security", "ssl",
                "sender", "not-an-address",
                "recipients", "ops@example.com, x",
                "colour", "red"));
    assertEquals(null, c.settings());
    assertEquals(
        java.util.Set.of("host", "port", "security", "sender", "recipients", "colour"),
        c.problems().keySet(),
        c.problems().toString());
    assertTrue(c.problems().get("port").contains("1 to 65535"));
  }

  @Test
  void tooManyRecipientsAndControlCharactersAreRefused() {
    String many = String.join(",", java.util.Collections.nCopies(21, "a@example.com"));
    var c = AlertRules.check(Map.of("host", "h", "sender", "s@example.com", "recipients", many));
    assertTrue(c.problems().get("recipients").contains("at most 20"), c.problems().toString());
    var d = AlertRules.check(Map.of("username", "a\nb"));
    assertTrue(d.problems().get("username").contains("control character"));
  }

  @Test
  void noHostMeansAlertsOff() {
    var c = AlertRules.check(Map.of());
    assertTrue(c.problems().isEmpty());
    assertEquals(false, c.settings().isEnabled());
  }
}
