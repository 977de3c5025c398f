package org.cync.mailbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The Mailboxes page: every mailbox CYNC writes to, and for the one chosen ({@code ?mailbox=ID})
 * what the next run would change there, contact by contact: the detail of a dry run.
 */
@Named
@RequestScoped
public class MailboxesView {
  @Inject TargetMailboxes targets;
  @Inject MailboxPlanner planner;
  @Inject MailboxPreview preview;
  @Inject org.cync.time.AdminZone zone;

  private String mailbox;
  private MailboxPreview.Preview selected;
  private Map<String, Long> held;
  private List<TargetMailbox> mailboxes;

  /** Read once per request: the table asks for its rows several times while it renders. */
  public List<TargetMailbox> getMailboxes() {
    if (mailboxes == null) {
      mailboxes = targets.all();
    }
    return mailboxes;
  }

  /**
   * When a scan last confirmed the record, so a count is not read as what the mailbox holds now.
   */
  public String confirmed(TargetMailbox m) {
    return m.getConfirmedAt()
        .map(at -> "confirmed by a scan at " + zone.at(at))
        .orElse("not yet confirmed by a scan (a full reconcile reads the mailbox)");
  }

  public long held(String mailboxId) {
    if (held == null) {
      held = planner.heldPerMailbox();
    }
    return held.getOrDefault(mailboxId, 0L);
  }

  public String getMailbox() {
    return mailbox;
  }

  public void setMailbox(String mailbox) {
    this.mailbox = mailbox;
  }

  /** The chosen mailbox's preview, or null when none (or an unknown one) is chosen. */
  public MailboxPreview.Preview getSelected() {
    if (selected == null && mailbox != null && !mailbox.isBlank()) {
      selected = preview.of(mailbox.trim());
    }
    return selected;
  }

  public String fields(PendingChanges.Row row) {
    return String.join(", ", row.fields());
  }

  /** "3 CREATE · 1 DELETE", or a sentence when nothing would change. */
  public String getSummary() {
    MailboxPreview.Preview p = getSelected();
    if (p == null || p.counts().isEmpty()) {
      return "Up to date: the next run changes nothing here (a full reconcile may still repair"
          + " what users changed).";
    }
    StringBuilder b = new StringBuilder();
    p.counts()
        .forEach((k, n) -> b.append(b.length() == 0 ? "" : " · ").append(n).append(' ').append(k));
    if (p.changes().size() < p.counts().values().stream().mapToLong(Long::longValue).sum()) {
      b.append(" (the first ").append(p.changes().size()).append(" are listed)");
    }
    return b.toString();
  }
}
