package org.cync.alerts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cync.limits.TextLimits;

/**
 * Checks the alert settings an administrator sends (API or page): every field bounded, addresses
 * well-formed, port in range; each problem names its field and the fix. Pure.
 */
final class AlertRules {
  static final int MAX_RECIPIENTS = 20;
  static final Set<String> FIELDS =
      Set.of(
          "host", "port", "security", "username", "password", "sender", "recipients", "consoleUrl");

  /** Valid settings, or the problems by field. */
  record Checked(AlertSettings settings, Map<String, String> problems) {}

  private AlertRules() {}

  static Checked check(Map<String, String> in) {
    Map<String, String> problems = new TreeMap<>();
    in.keySet().stream()
        .filter(k -> !FIELDS.contains(k))
        .limit(20)
        .forEach(
            k ->
                problems.put(
                    TextLimits.shown(k),
                    "Unknown field: the alert settings are "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS))
                        + "."));
    for (String f : List.of("host", "username", "sender", "consoleUrl", "password")) {
      TextLimits.problem(f, in.get(f), TextLimits.NAME).ifPresent(p -> problems.put(f, p));
    }
    TextLimits.problem("recipients", in.get("recipients"), TextLimits.LONG_TEXT)
        .ifPresent(p -> problems.put("recipients", p));
    String host = blankToNull(in.get("host"));
    if (host != null && !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
      problems.putIfAbsent("host", "host: a host name or IP address, like smtp.example.com.");
    }
    int port = port(in.get("port"), problems);
    AlertSettings.Security security = security(in.get("security"), problems);
    String sender = blankToNull(in.get("sender"));
    if (sender != null) {
      address("sender", sender, problems);
    }
    List<String> recipients = recipients(in.get("recipients"), problems);
    if (host != null && (sender == null || recipients.isEmpty())) {
      problems.putIfAbsent(
          sender == null ? "sender" : "recipients",
          (sender == null ? "sender" : "recipients")
              + ": needed when an SMTP host is set (or clear the host to turn alerts off).");
    }
    String console = blankToNull(in.get("consoleUrl"));
    if (console != null && !isHttpUrl(console)) {
      problems.putIfAbsent(
          "consoleUrl", "consoleUrl: the console's address, like https://cync.example.com.");
    }
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    return new Checked(
        new AlertSettings(
            host, port, security, blankToNull(in.get("username")), sender, recipients, console),
        problems);
  }

  private static int port(String v, Map<String, String> problems) {
    if (v == null || v.isBlank()) {
      return 587;
    }
    try {
      int p = Integer.parseInt(v.strip());
      if (p >= 1 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // below
    }
    problems.put("port", "port: a number from 1 to 65535 (587 for STARTTLS, 465 for TLS).");
    return 0;
  }

  private static AlertSettings.Security security(String v, Map<String, String> problems) {
    if (v == null || v.isBlank()) {
      return AlertSettings.Security.STARTTLS;
    }
    try {
      return AlertSettings.Security.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.put("security", "security: one of NONE, STARTTLS, TLS.");
      return AlertSettings.Security.STARTTLS;
    }
  }

  private static List<String> recipients(String v, Map<String, String> problems) {
    List<String> list = new ArrayList<>();
    if (v == null || v.isBlank()) {
      return list;
    }
    Arrays.stream(v.split("[,;\\s]+")).filter(s -> !s.isBlank()).forEach(list::add);
    if (list.size() > MAX_RECIPIENTS) {
      problems.put(
          "recipients",
          "recipients: at most " + MAX_RECIPIENTS + " addresses; use a distribution list.");
    }
    list.stream().limit(MAX_RECIPIENTS).forEach(a -> address("recipients", a, problems));
    return list;
  }

  private static void address(String field, String a, Map<String, String> problems) {
    try {
      new InternetAddress(a, true);
      if (a.contains("@")) {
        return;
      }
    } catch (AddressException e) {
      // below
    }
    problems.putIfAbsent(
        field,
        field + ": '" + TextLimits.shown(a) + "' is not an e-mail address like ops@example.com.");
  }

  private static boolean isHttpUrl(String v) {
    try {
      URI u = URI.create(v);
      return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }
}
