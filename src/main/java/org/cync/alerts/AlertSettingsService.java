package org.cync.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cync.roles.AdministratorOnly;

/**
 * Reading and saving the alert settings for the API and the page alike: the JSON-shaped view (the
 * password only as {@code passwordSet}), checks, the password file, the audit line, the test mail.
 */
@ApplicationScoped
public class AlertSettingsService {
  @Inject AlertStore store;
  @Inject Alerts alerts;
  SmtpPassword password = SmtpPassword.inDataDirectory();

  public Map<String, Object> view() {
    AlertSettings s = store.current();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("enabled", s.isEnabled());
    v.put("host", s.getHost());
    v.put("port", s.getPort());
    v.put("security", s.getSecurity().name());
    v.put("username", s.getUsername());
    v.put("passwordSet", password.isSet());
    v.put("sender", s.getSender());
    v.put("recipients", String.join(", ", s.getRecipients()));
    v.put("consoleUrl", s.getConsoleUrl());
    return v;
  }

  /**
   * Saves the settings; problems by field when refused. A missing or null {@code password} keeps
   * the saved one, an empty one removes it.
   */
  @AdministratorOnly
  public Map<String, String> save(Map<String, String> in) {
    AlertRules.Checked checked = AlertRules.check(in);
    if (!checked.problems().isEmpty()) {
      return checked.problems();
    }
    String pw = in.get("password");
    if (pw != null) {
      password.write(pw);
    }
    store.save(
        checked.settings(),
        pw == null ? "" : pw.isEmpty() ? "; SMTP password removed" : "; SMTP password changed");
    return Map.of();
  }

  /** Sends the test mail; empty when it went, else what to do. */
  @AdministratorOnly
  public Optional<String> test(String by) {
    return alerts.sendTest(by);
  }
}
