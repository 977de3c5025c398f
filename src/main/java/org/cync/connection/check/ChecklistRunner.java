package org.cync.connection.check;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cync.connection.ConnectionRules;
import org.cync.connection.ConnectionSettings;
import org.cync.connection.certificate.CertificateProblem;

/**
 * Runs the checklist in order and stops at the first line that makes the next ones meaningless (no
 * sign-in without a certificate, no read without a token). Pure apart from the probe.
 */
public final class ChecklistRunner {
  /** The application permissions CYNC needs, with what each is for. */
  public static final Map<String, String> REQUIRED_ROLES =
      Map.of(
          "User.Read.All", "read the users of the directory",
          "Group.Read.All", "filter sources and targets by group",
          "Contacts.ReadWrite", "write contacts into the target mailboxes");

  static final String CONFIGURATION = "Configuration";
  static final String CERTIFICATE = "Certificate";
  static final String SIGN_IN = "Sign-in";
  static final String PERMISSIONS = "Permissions";
  static final String DIRECTORY = "Directory read";
  static final String MAILBOX = "Mailbox read";

  private final ConnectionProbe probe;
  private final Clock clock;

  public ChecklistRunner(ConnectionProbe probe, Clock clock) {
    this.probe = probe;
    this.clock = clock;
  }

  /** Tests {@code settings} with the certificate {@code thumbprint}; mailbox may be null. */
  public Checklist run(ConnectionSettings settings, String thumbprint, String mailbox) {
    Instant start = clock.instant();
    List<CheckLine> lines = new ArrayList<>();
    ConnectionSettings s = settings.copy();
    s.setThumbprint(thumbprint);
    if (configuration(s, lines) && certificate(s.getThumbprint(), lines) && signIn(s, lines)) {
      directory(s, lines);
      mailbox(s, mailbox, lines);
    }
    for (String name :
        List.of(CONFIGURATION, CERTIFICATE, SIGN_IN, PERMISSIONS, DIRECTORY, MAILBOX)) {
      if (lines.stream().noneMatch(l -> l.name().equals(name))) {
        lines.add(CheckLine.skipped(name, "not run: fix the line above first"));
      }
    }
    long millis = clock.instant().toEpochMilli() - start.toEpochMilli();
    return new Checklist(start, millis, s.getThumbprint(), List.copyOf(lines));
  }

  private boolean configuration(ConnectionSettings s, List<CheckLine> lines) {
    Map<String, String> problems = ConnectionRules.tidy(s);
    if (s.getThumbprint() == null) {
      problems.put(
          "thumbprint",
          "Certificate thumbprint is missing: generate a certificate, import a PFX, or enter the"
              + " thumbprint of one in the key store.");
    }
    if (!problems.isEmpty()) {
      lines.add(CheckLine.failed(CONFIGURATION, String.join(" ", problems.values())));
      return false;
    }
    lines.add(
        CheckLine.passed(
            CONFIGURATION,
            "tenant "
                + s.getTenantId()
                + ", client "
                + s.getClientId()
                + ", "
                + s.getAuthorityHost()));
    return true;
  }

  private boolean certificate(String thumbprint, List<CheckLine> lines) {
    try {
      ConnectionProbe.CertificateState state = probe.certificate(thumbprint);
      if (!state.problems().isEmpty()) {
        lines.add(
            CheckLine.failed(
                CERTIFICATE,
                "Certificate " + thumbprint + ": " + String.join(" ", state.problems())));
        return false;
      }
      String detail = "Certificate " + thumbprint + " is in the key store, " + state.expiry();
      lines.add(
          state.expiresSoon()
              ? CheckLine.warning(CERTIFICATE, detail)
              : CheckLine.passed(CERTIFICATE, detail));
      return true;
    } catch (CertificateProblem e) {
      lines.add(CheckLine.failed(CERTIFICATE, e.getMessage()));
      return false;
    }
  }

  private boolean signIn(ConnectionSettings s, List<CheckLine> lines) {
    Set<String> roles;
    try {
      roles = probe.signIn(s);
    } catch (Exception e) {
      lines.add(CheckLine.failed(SIGN_IN, MicrosoftErrors.signIn(e, s.getThumbprint())));
      return false;
    }
    lines.add(CheckLine.passed(SIGN_IN, "token acquired from " + s.getAuthorityHost()));
    Set<String> missing = new TreeSet<>(REQUIRED_ROLES.keySet());
    missing.removeAll(roles);
    if (missing.isEmpty()) {
      lines.add(
          CheckLine.passed(PERMISSIONS, "granted: " + String.join(", ", new TreeSet<>(roles))));
      return true;
    }
    StringBuilder why = new StringBuilder();
    for (String role : missing) {
      why.append(" ")
          .append(role)
          .append(" is needed to ")
          .append(REQUIRED_ROLES.get(role))
          .append(".");
    }
    lines.add(
        CheckLine.failed(
            PERMISSIONS,
            "Insufficient privileges: grant admin consent for "
                + String.join(", ", missing)
                + " (App Registration → API permissions → Microsoft Graph → Application"
                + " permissions, then Grant admin consent), then Test Connection again."
                + why));
    return false;
  }

  private void directory(ConnectionSettings s, List<CheckLine> lines) {
    try {
      lines.add(CheckLine.passed(DIRECTORY, probe.readDirectory(s)));
    } catch (Exception e) {
      lines.add(CheckLine.failed(DIRECTORY, explain(e)));
    }
  }

  private void mailbox(ConnectionSettings s, String mailbox, List<CheckLine> lines) {
    if (mailbox == null || mailbox.isBlank()) {
      lines.add(
          CheckLine.skipped(
              MAILBOX, "no mailbox to test: name one in Test mailbox (a user principal name)"));
      return;
    }
    try {
      lines.add(CheckLine.passed(MAILBOX, probe.readMailbox(s, mailbox.strip())));
    } catch (Exception e) {
      lines.add(CheckLine.failed(MAILBOX, mailbox.strip() + ": " + explain(e)));
    }
  }

  static String explain(Exception e) {
    if (e instanceof GraphCallFailed g) {
      return g.explain();
    }
    return MicrosoftErrors.network(e).orElse(MicrosoftErrors.firstLine(e));
  }
}
