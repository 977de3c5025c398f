package org.cync.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cync.sync.RunEnded;
import org.cync.sync.RunOutcomes;
import org.cync.sync.RunStarted;

/**
 * CYNC's own record of a run, for the run history: the batch job repository cannot be queried by
 * outcome or date, nor paged over thousands of runs. Keyed by the run's {@code executionId};
 * written when the run starts and when it ends. A scheduled firing skipped because a run was still
 * going is a row too, with a negative key (minus its time in epoch milliseconds) and no execution.
 * Times are epoch milliseconds, which Derby sorts and compares as numbers.
 */
@Entity
@Table(name = "RUN_SUMMARY")
public class RunSummary implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id private long executionId;
  private int runNumber;
  private long instanceId;

  @Column(length = 20)
  private String trigger;

  private long startedMillis;
  private Long endedMillis;

  /** One of {@link RunOutcomes}' names, {@code running} while it goes. */
  @Column(length = 40)
  private String outcome;

  @Column(length = 20)
  private String status;

  @Column(length = 40)
  private String exitStatus;

  private boolean dryRun;

  /** Why a firing was skipped; null for a run. */
  @Column(length = 300)
  private String reason;

  private long directoryRead;
  private long sources;
  private long created;
  private long updated;
  private long deleted;
  private long photos;
  private long mailboxesDone;
  private long mailboxesFailed;
  private long mailboxesWithoutExchange;
  private long graphCalls;
  private long throttled;
  private long retryWaitMillis;

  protected RunSummary() {}

  RunSummary(RunStarted s, int runNumber) {
    this.executionId = s.executionId();
    this.runNumber = runNumber;
    this.instanceId = s.instanceId();
    this.trigger = s.trigger();
    this.startedMillis = s.started().toEpochMilli();
    this.dryRun = s.dryRun();
    this.outcome = RunOutcomes.RUNNING;
    this.status = "STARTED";
  }

  /** A scheduled firing that started nothing. */
  static RunSummary skipped(Instant at, String reason) {
    RunSummary r = new RunSummary();
    r.executionId = -at.toEpochMilli();
    r.trigger = "schedule";
    r.startedMillis = at.toEpochMilli();
    r.endedMillis = at.toEpochMilli();
    r.outcome = RunOutcomes.SKIPPED;
    r.status = "SKIPPED";
    r.reason = reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
    return r;
  }

  void ended(RunEnded e) {
    if (e.started() != null && startedMillis == 0) {
      startedMillis = e.started().toEpochMilli();
    }
    endedMillis = e.ended().toEpochMilli();
    outcome = e.outcome();
    status = e.status();
    exitStatus = e.exitStatus();
    created = e.created();
    updated = e.updated();
    deleted = e.deleted();
    RunEnded.Figures f = e.figures();
    directoryRead = f.directoryRead();
    sources = f.sources();
    photos = f.photos();
    mailboxesDone = f.mailboxesDone();
    mailboxesFailed = f.mailboxesFailed();
    mailboxesWithoutExchange = f.mailboxesWithoutExchange();
    graphCalls = f.graphCalls();
    throttled = f.throttled();
    retryWaitMillis = f.retryWaitMillis();
  }

  /** A run its process left unfinished, ended at the next start ({@link OrphanedRunRecovery}). */
  void interrupted(String outcome, String status, String exitStatus, Instant at) {
    this.outcome = outcome;
    this.status = status;
    this.exitStatus = exitStatus;
    this.endedMillis = at.toEpochMilli();
  }

  public long getExecutionId() {
    return executionId;
  }

  public int getRunNumber() {
    return runNumber;
  }

  public long getInstanceId() {
    return instanceId;
  }

  public String getTrigger() {
    return trigger;
  }

  public Instant getStarted() {
    return Instant.ofEpochMilli(startedMillis);
  }

  public Instant getEnded() {
    return endedMillis == null ? null : Instant.ofEpochMilli(endedMillis);
  }

  public String getOutcome() {
    return outcome;
  }

  public String getStatus() {
    return status;
  }

  public String getExitStatus() {
    return exitStatus;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public String getReason() {
    return reason;
  }

  public long getDirectoryRead() {
    return directoryRead;
  }

  public long getSources() {
    return sources;
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

  public long getPhotos() {
    return photos;
  }

  public long getMailboxesDone() {
    return mailboxesDone;
  }

  public long getMailboxesFailed() {
    return mailboxesFailed;
  }

  public long getMailboxesWithoutExchange() {
    return mailboxesWithoutExchange;
  }

  public long getGraphCalls() {
    return graphCalls;
  }

  public long getThrottled() {
    return throttled;
  }

  public long getRetryWaitMillis() {
    return retryWaitMillis;
  }
}
