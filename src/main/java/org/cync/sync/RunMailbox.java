package org.cync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one run planned and did in one mailbox: the dry run's answer, the guard's evidence, and the
 * history an administrator reads when a phone lacks a contact. Keyed by job execution: a restart
 * plans again (what is left) and its results are its own, so a row's plan and results always
 * describe the same execution. Rows written before that (execution 0) were keyed by instance.
 */
@Entity
@Table(name = "RUN_MAILBOX")
public class RunMailbox {
  @Id
  @Column(length = 90)
  private String id;

  private long instanceId;

  /** The execution that planned and wrote this row; 0 in rows kept per instance by older CYNCs. */
  private long executionId;

  @Column(length = 64)
  private String mailboxId;

  private String displayName;
  private long plannedCreates;
  private long plannedUpdates;
  private long plannedDeletes;
  private long created;
  private long updated;
  private long deleted;
  private long failed;

  /** PLANNED, OK, NO_MAILBOX or FAILED. */
  private String outcome;

  @Column(length = 1000)
  private String message;

  protected RunMailbox() {}

  RunMailbox(long executionId, long instanceId, String mailboxId) {
    this.id = key(executionId, mailboxId);
    this.executionId = executionId;
    this.instanceId = instanceId;
    this.mailboxId = mailboxId;
    this.outcome = "PLANNED";
  }

  static String key(long executionId, String mailboxId) {
    return "e" + executionId + "|" + mailboxId; // apart from the older "instance|mailbox" keys
  }

  void planned(String name, long creates, long updates, long deletes) {
    this.displayName = name;
    this.plannedCreates = creates;
    this.plannedUpdates = updates;
    this.plannedDeletes = deletes;
  }

  void add(long creates, long updates, long deletes, long failures) {
    created += creates;
    updated += updates;
    deleted += deletes;
    failed += failures;
  }

  void outcome(String outcome, String message) {
    this.outcome = outcome;
    this.message =
        message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
  }

  public long getInstanceId() {
    return instanceId;
  }

  public String getMailboxId() {
    return mailboxId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public long getPlannedCreates() {
    return plannedCreates;
  }

  public long getPlannedUpdates() {
    return plannedUpdates;
  }

  public long getPlannedDeletes() {
    return plannedDeletes;
  }

  public long getCreated() {
    return created;
  }

  public long getUpdated() {
    return updated;
  }

  public long getDeleted() {
    return deleted;
  }

  public long getFailed() {
    return failed;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getMessage() {
    return message;
  }
}
