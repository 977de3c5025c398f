package org.cync.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cync.connection.check.CheckLine;
import org.cync.connection.check.Checklist;
import org.cync.sync.RunEnded;

/**
 * What each alert says: a subject that tells the event at a glance, a body with the figures and
 * where to look. Pure, so every text is tested without a server. {@code console} is the console's
 * address from the settings, or empty.
 */
final class AlertMails {
  private AlertMails() {}

  static AlertMail runFailed(RunEnded run, int number, String console) {
    return new AlertMail(
        "run-failed:" + run.executionId(),
        "[CYNC] Run " + number + " failed",
        """
        Run %d (executionId %d, trigger %s) ended %s (%s) after %d s.
        Written before it ended: %d created, %d updated, %d deleted in %d mailboxes.

        What to do: read the run in the console and the log lines of run %d; restart it when the
        cause is fixed (it goes on from its last checkpoint).
        %s"""
            .formatted(
                number,
                run.executionId(),
                run.trigger(),
                run.status(),
                run.exitStatus(),
                run.duration().toSeconds(),
                run.created(),
                run.updated(),
                run.deleted(),
                run.mailboxes(),
                run.executionId(),
                link(console, run.executionId())));
  }

  static AlertMail runHeld(RunEnded run, int number, String console) {
    return new AlertMail(
        "run-held:" + run.executionId(),
        "[CYNC] Run " + number + " waits for approval: " + run.plannedDeletes() + " deletions",
        """
        The deletion guard stopped run %d (executionId %d, trigger %s) before it wrote anything.
        Planned: %d creates, %d updates, %d deletes in %d mailboxes.

        What to do: check the planned deletions; approve the run if they are right
        (POST /api/runs/%d/approve or the Approve button), else fix the source filter.
        %s"""
            .formatted(
                number,
                run.executionId(),
                run.trigger(),
                run.plannedCreates(),
                run.plannedUpdates(),
                run.plannedDeletes(),
                run.mailboxes(),
                run.executionId(),
                link(console, run.executionId())));
  }

  static AlertMail mailboxFailing(String mailbox, String name, int runs, String message) {
    return new AlertMail(
        "mailbox-failing:" + mailbox,
        "[CYNC] Mailbox " + (name == null ? mailbox : name) + " failed " + runs + " runs in a row",
        """
        The mailbox %s (%s) failed in each of the last %d runs; its contacts are not kept up to
        date. The last error: %s

        What to do: the message names Graph's error code; fix the cause (a licence, the
        application access policy, the mailbox itself). The next run tries it again."""
            .formatted(mailbox, name == null ? "no name" : name, runs, message));
  }

  static AlertMail certificateExpiring(long daysLeft, Instant notAfter) {
    LocalDate day = LocalDate.ofInstant(notAfter, ZoneOffset.UTC);
    return new AlertMail(
        "certificate-expiring",
        "[CYNC] The certificate expires in " + daysLeft + " days (" + day + ")",
        """
        The certificate CYNC signs in to Microsoft Graph with expires on %s (UTC), in %d days.
        After that day no run can sign in.

        What to do: on the Connection page, generate or import a new certificate and upload its
        public part to the app registration in Entra ID; CYNC switches to it once it works."""
            .formatted(notAfter, daysLeft));
  }

  /**
   * The daily connection check failed: the failing check with its advice (Test Connection's own
   * translation of Microsoft's answer), then every line. One key for the lasting condition, so a
   * check that keeps failing mails once a day, not at every check.
   */
  static AlertMail connectionCheckFailed(Checklist checks, String console) {
    CheckLine failed = ConnectionWatch.failure(checks).orElseThrow();
    StringBuilder lines = new StringBuilder();
    checks
        .lines()
        .forEach(
            l ->
                lines
                    .append("  ")
                    .append(l.status())
                    .append("  ")
                    .append(l.name())
                    .append(": ")
                    .append(l.detail())
                    .append('\n'));
    return new AlertMail(
        "connection-check-failed",
        "[CYNC] The connection check failed: " + failed.name(),
        """
        The daily connection check at %s (UTC) failed at "%s":
        %s

        Scheduled runs fail the same way until this is fixed. All checks:
        %s
        What to do: follow the advice above, then run Test Connection on the Connection page to
        confirm.%s"""
            .formatted(
                checks.at(),
                failed.name(),
                failed.detail(),
                lines,
                console == null || console.isBlank() ? "" : "\nConsole: " + console));
  }

  static AlertMail test(String by) {
    return new AlertMail(
        "test",
        "[CYNC] Test mail",
        "This is a test mail from CYNC, sent by " + by + ". Alerts reach you at this address.");
  }

  private static String link(String console, long executionId) {
    if (console == null || console.isBlank()) {
      return "";
    }
    String base = console.endsWith("/") ? console.substring(0, console.length() - 1) : console;
    return "\nConsole: " + base + "/\nRun details: " + base + "/api/runs/" + executionId + "\n";
  }
}
