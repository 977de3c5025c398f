package org.cync.history;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the run history ({@link RunSummary}) as the API and the history page show it: who
 * started the run, its outcome, duration and figures. A skipped scheduled firing has no execution:
 * its {@code executionId} is null and {@code reason} says why. A class with getters: EL and JSON-B
 * see bean properties. Pure.
 */
public final class HistoryItem implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final RunSummary s;

  public HistoryItem(RunSummary summary) {
    this.s = summary;
  }

  /** Null for a skipped firing. */
  public Long getExecutionId() {
    return s.getExecutionId() > 0 ? s.getExecutionId() : null;
  }

  /** A key for tables: the execution id, or the negative key of a skipped firing. */
  public long key() {
    return s.getExecutionId();
  }

  /** The run number; null for a skipped firing. */
  public Integer getRun() {
    return s.getExecutionId() > 0 ? s.getRunNumber() : null;
  }

  public String getTrigger() {
    return s.getTrigger();
  }

  public String getOutcome() {
    return s.getOutcome();
  }

  public String getStatus() {
    return s.getStatus();
  }

  public String getExitStatus() {
    return s.getExitStatus();
  }

  public boolean isDryRun() {
    return s.isDryRun();
  }

  public String getReason() {
    return s.getReason();
  }

  public String getStarted() {
    return ApiTime.of(Date.from(s.getStarted()));
  }

  public String getEnded() {
    return s.getEnded() == null ? null : ApiTime.of(Date.from(s.getEnded()));
  }

  /** Whole seconds from start to end; null while the run goes. */
  public Long getDurationSeconds() {
    return s.getEnded() == null ? null : Duration.between(s.getStarted(), s.getEnded()).toSeconds();
  }

  /** Created + updated + deleted. */
  public long getWrites() {
    return s.getCreated() + s.getUpdated() + s.getDeleted();
  }

  /** The figures, in the order the page shows them. */
  public Map<String, Long> getFigures() {
    return figures(s);
  }

  static Map<String, Long> figures(RunSummary s) {
    Map<String, Long> f = new LinkedHashMap<>();
    f.put("directoryChangesRead", s.getDirectoryRead());
    f.put("sources", s.getSources());
    f.put("created", s.getCreated());
    f.put("updated", s.getUpdated());
    f.put("deleted", s.getDeleted());
    f.put("photos", s.getPhotos());
    f.put("mailboxesDone", s.getMailboxesDone());
    f.put("mailboxesFailed", s.getMailboxesFailed());
    f.put("mailboxesWithoutExchangeOnline", s.getMailboxesWithoutExchange());
    f.put("graphCalls", s.getGraphCalls());
    f.put("throttled", s.getThrottled());
    f.put("retryAfterWaitSeconds", Math.round(s.getRetryWaitMillis() / 1000.0));
    return f;
  }
}
