package org.cync.history;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a run that is going has got, as the dashboard, the run page and {@code GET
 * /api/runs/{id}} show it: the step, mailboxes done of total, writes done of planned, writes per
 * second since the writing began, throttled answers and an estimate of the end. The arithmetic is
 * here and pure; the figures come from {@link RunProgressReader}.
 *
 * @param writesPerSecond 0 until something was written
 * @param estimatedEnd null while there is no rate to go by
 */
public record RunProgress(
    String step,
    long mailboxesDone,
    long mailboxesTotal,
    long writesDone,
    long writesPlanned,
    double writesPerSecond,
    long throttled,
    Instant estimatedEnd) {

  /**
   * Progress from the counts; the rate is the writes since {@code writingSince} (when the mailbox
   * step began), the end what is left at that rate.
   */
  public static RunProgress of(
      String step,
      long mailboxesDone,
      long mailboxesTotal,
      long writesDone,
      long writesPlanned,
      long throttled,
      Instant writingSince,
      Instant now) {
    double rate = rate(writesDone, writingSince, now);
    long left = Math.max(0, writesPlanned - writesDone);
    Instant end =
        rate <= 0 ? null : left == 0 ? now : now.plusMillis((long) Math.ceil(left / rate * 1000));
    return new RunProgress(
        step,
        mailboxesDone,
        mailboxesTotal,
        writesDone,
        writesPlanned,
        Math.round(rate * 10) / 10.0,
        throttled,
        end);
  }

  /** Writes per second since {@code since}; 0 without writes or time. */
  static double rate(long done, Instant since, Instant now) {
    if (since == null || done <= 0) {
      return 0;
    }
    long millis = Duration.between(since, now).toMillis();
    return millis <= 0 ? 0 : done * 1000.0 / millis;
  }

  /** RFC 3339 of the estimated end, or null. */
  public String estimatedEndText() {
    return estimatedEnd == null ? null : ApiTime.of(java.util.Date.from(estimatedEnd));
  }

  /** As the API gives it: the names of the fields, times in RFC 3339. */
  public java.util.Map<String, Object> toJson() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("step", step);
    m.put("mailboxesDone", mailboxesDone);
    m.put("mailboxesTotal", mailboxesTotal);
    m.put("writesDone", writesDone);
    m.put("writesPlanned", writesPlanned);
    m.put("writesPerSecond", writesPerSecond);
    m.put("throttled", throttled);
    m.put("estimatedEnd", estimatedEndText());
    return m;
  }
}
