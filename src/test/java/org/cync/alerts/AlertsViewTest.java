package org.cync.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertsViewTest {

  @Test
  void theAlertsPageNamesEachFieldByItsLabel() {
    assertEquals(
        "Console address for links in mails: the console's address, like https://cync.example.com.",
        AlertsView.labelled(
            "consoleUrl", "consoleUrl: the console's address, like https://cync.example.com."));
    assertEquals(
        "'SMTP host' has 300 characters", AlertsView.labelled("host", "'host' has 300 characters"));
  }

  @Test
  void everyFieldTheRulesReportHasALabel() {
    Map<String, String> problems =
        AlertRules.check(
                Map.of(
                    "host", "bad host!",
                    "port", "x",
                    "security", "ROT13",
                    "sender", "nobody",
                    "recipients", "nobody",
                    "consoleUrl", "ftp://x",
                    "username", "a\u0000",
                    "password", "b\u0000"))
            .problems();
    assertTrue(problems.size() >= 6, problems.toString());
    problems.forEach(
        (field, message) -> {
          assertTrue(AlertsView.LABELS.containsKey(field), field);
          String shown = AlertsView.labelled(field, message);
          assertFalse(shown.startsWith(field + ":") || shown.startsWith("'" + field + "'"), shown);
        });
  }
}
