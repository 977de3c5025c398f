package org.cync.mailbox;

/**
 * What a run intends to do in one mailbox, counted before anything is written (the guard and the
 * dry run read it).
 *
 * @param held contacts CYNC holds there now
 */
public record MailboxPlan(
    String mailboxId,
    String displayName,
    boolean wanted,
    long creates,
    long updates,
    long deletes,
    long held,
    boolean needsAttention)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public long writes() {
    return creates + updates + deletes;
  }

  /** Whether a partition must visit the mailbox: something to write, or a check after a crash. */
  public boolean hasWork() {
    return writes() > 0 || needsAttention;
  }
}
