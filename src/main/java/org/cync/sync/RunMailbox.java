package org.cync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.cync.graphbatch.GraphTrace;

/**
 * What one run planned and did in one mailbox: the dry run's answer, the guard's evidence, and the
 * history an administrator reads when a phone lacks a contact. Keyed by job execution: a restart
 * plans again (what is left) and its results are its own, so a row's plan and results always
 * describe the same execution. Rows written before that (execution 0) were keyed by instance. A
 * failed mailbox keeps Graph's error code and what Microsoft support asks for ({@code request-id},
 * {@code client-request-id}, date). The run page pages, sorts and filters a run's rows in Derby,
 * hence the index on the execution (made with a new table; an existing one goes without).
 */
@Entity
@Table(
    name = "RUN_MAILBOX",
    indexes = @Index(name = "RUN_MAILBOX_EXECUTION", columnList = "executionId"))
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

  /** Graph's error code of a failure (or CYNC's own: ConnectionFailed, Interrupted), else null. */
  @Column(length = 64)
  private String errorCode;

  @Column(length = GraphTrace.MAX)
  private String requestId;

  @Column(length = GraphTrace.MAX)
  private String clientRequestId;

  /** When Graph answered the failure, RFC 3339 UTC as Graph dated it. */
  @Column(length = GraphTrace.MAX)
  private String errorDate;

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
    outcome(outcome, message, null, GraphTrace.NONE);
  }

  /** The outcome with the failure's code and trace (null and {@link GraphTrace#NONE} for none). */
  void outcome(String outcome, String message, String code, GraphTrace trace) {
    this.outcome = outcome;
    this.message =
        message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    this.errorCode = code == null || code.length() <= 64 ? code : code.substring(0, 64);
    GraphTrace t = trace == null ? GraphTrace.NONE : trace;
    this.requestId = t.requestId();
    this.clientRequestId = t.clientRequestId();
    this.errorDate = t.date();
  }

  public long getExecutionId() {
    return executionId;
  }

  public String getErrorCode() {
    return errorCode;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getClientRequestId() {
    return clientRequestId;
  }

  public String getErrorDate() {
    return errorDate;
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
