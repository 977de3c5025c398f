package org.cync.console;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cync.connection.certificate.Expiry;
import org.cync.connection.check.CheckLine;
import org.cync.connection.check.Checklist;
import org.cync.time.ConsoleTime;

/**
 * What needs the administrator, for the top of the dashboard: a held run, failing mailboxes, a
 * failing connection, a certificate near its end. Each item is one sentence saying what to do and a
 * link to where to do it, most urgent first; an empty list means nothing needs them. Pure: the page
 * bean gathers the facts ({@link Facts}), this decides.
 */
public final class ToDoList {
  /**
   * One item. {@code kind} is held, failing, connection or certificate (the page's class {@code
   * todo-<kind>}); {@code link} is a page path with its query.
   */
  public record ToDo(String kind, String text, String linkLabel, String link) {
    public String getKind() {
      return kind;
    }

    public String getText() {
      return text;
    }

    public String getLinkLabel() {
      return linkLabel;
    }

    public String getLink() {
      return link;
    }
  }

  /** A run the deletion guard holds: its number, id and what it would delete. */
  public record HeldRun(long executionId, int run, long deletes, long mailboxes) {}

  /** The newest ended run and how many of its mailboxes failed. */
  public record LastRun(long executionId, int run, long mailboxesFailed) {}

  /**
   * What the dashboard knows; any part may be null (no held run, no run yet, never tested, no
   * certificate).
   */
  public record Facts(
      HeldRun held, LastRun last, Checklist lastTest, Checklist dailyCheck, Expiry expiry) {}

  private ToDoList() {}

  /** The items, times in UTC. */
  public static List<ToDo> of(Facts f) {
    return of(f, ZoneOffset.UTC);
  }

  /** The items, times in the administrator's {@code zone}. */
  public static List<ToDo> of(Facts f, ZoneId zone) {
    List<ToDo> out = new ArrayList<>();
    if (f.held() != null) {
      HeldRun h = f.held();
      out.add(
          new ToDo(
              "held",
              "Run %d waits for your approval: it would delete %d %s in %d %s. Review the deletions, then approve or reject the run."
                  .formatted(
                      h.run(),
                      h.deletes(),
                      h.deletes() == 1 ? "contact" : "contacts",
                      h.mailboxes(),
                      h.mailboxes() == 1 ? "mailbox" : "mailboxes"),
              "Review",
              "/review.xhtml?id=" + h.executionId()));
    }
    if (f.last() != null && f.last().mailboxesFailed() > 0) {
      LastRun l = f.last();
      out.add(
          new ToDo(
              "failing",
              "%d %s failed in run %d. See which and why; they are tried again in the next run."
                  .formatted(
                      l.mailboxesFailed(),
                      l.mailboxesFailed() == 1 ? "mailbox" : "mailboxes",
                      l.run()),
              "See the failures",
              "/run.xhtml?id=" + l.executionId()));
    }
    failingConnection(f.lastTest(), f.dailyCheck(), zone).ifPresent(out::add);
    if (f.expiry() != null && f.expiry().state() != Expiry.State.OK) {
      out.add(
          new ToDo(
              "certificate",
              "The certificate "
                  + f.expiry().describe()
                  + ". Make a new one on the Connection page and upload it to the App"
                  + " Registration.",
              "Connection",
              "/connection.xhtml"));
    }
    return List.copyOf(out);
  }

  /** The newer of the two checks decides: a passed check after a failed one clears it. */
  static Optional<ToDo> failingConnection(Checklist test, Checklist daily, ZoneId zone) {
    boolean dailyNewer = daily != null && (test == null || daily.at().isAfter(test.at()));
    Checklist newest = dailyNewer ? daily : test;
    if (newest == null || newest.ok()) {
      return Optional.empty();
    }
    String what = dailyNewer ? "The daily connection check" : "Test Connection";
    String where =
        newest.lines().stream()
            .filter(CheckLine::isFailed)
            .findFirst()
            .map(l -> " at " + l.name() + ": " + l.detail())
            .orElse("");
    return Optional.of(
        new ToDo(
            "connection",
            what
                + " failed on "
                + ConsoleTime.format(newest.at(), zone)
                + where
                + ". Runs fail until it is fixed: fix it on the Connection page, then test again.",
            "Connection",
            "/connection.xhtml"));
  }
}
