package org.cync.graphbatch;

import java.util.concurrent.atomic.LongAdder;

/**
 * What writing cost, across all mailboxes and threads: the figures of the benchmark line.
 * "Throttled" counts every 429, 503 and 504 answer, on envelopes and sub-responses alike. Graph's
 * answers are also counted by status class (2xx, 4xx, 5xx: each sub-response, and each envelope
 * Graph refused as a whole). A writer's figures can also go to a process-wide total ({@link
 * GraphTraffic}) that /metrics shows.
 */
public final class WriteStats {
  private final WriteStats total;
  private final LongAdder[] statusClasses = {new LongAdder(), new LongAdder(), new LongAdder()};
  private final LongAdder httpCalls = new LongAdder();
  private final LongAdder subRequests = new LongAdder();
  private final LongAdder throttled = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final LongAdder waitedMillis = new LongAdder();
  private final LongAdder photos = new LongAdder();

  public WriteStats() {
    this(null);
  }

  /** Figures that are also added to {@code total}. */
  public WriteStats(WriteStats total) {
    this.total = total;
  }

  void envelope(int size) {
    httpCalls.increment();
    subRequests.add(size);
    if (total != null) {
      total.envelope(size);
    }
  }

  void throttled() {
    throttled.increment();
    if (total != null) {
      total.throttled();
    }
  }

  void retry() {
    retries.increment();
    if (total != null) {
      total.retry();
    }
  }

  void failure() {
    failures.increment();
    if (total != null) {
      total.failure();
    }
  }

  /** Time spent waiting before sending operations again ({@code Retry-After} or backoff). */
  void waited(long millis) {
    waitedMillis.add(millis);
    if (total != null) {
      total.waited(millis);
    }
  }

  /** A contact photo Graph accepted. */
  void photo() {
    photos.increment();
    if (total != null) {
      total.photo();
    }
  }

  /** One answer of Graph with this HTTP status (0 = none came: not counted). */
  void answered(int status) {
    int c = status / 100;
    if (c == 2 || c == 4 || c == 5) {
      statusClasses[c == 2 ? 0 : c - 3].increment();
    }
    if (total != null) {
      total.answered(status);
    }
  }

  /** Answers with a status of this class: "2xx", "4xx" or "5xx". */
  public long answers(String statusClass) {
    return switch (statusClass) {
      case "2xx" -> statusClasses[0].sum();
      case "4xx" -> statusClasses[1].sum();
      case "5xx" -> statusClasses[2].sum();
      default -> throw new IllegalArgumentException(statusClass);
    };
  }

  public long httpCalls() {
    return httpCalls.sum();
  }

  public long subRequests() {
    return subRequests.sum();
  }

  public long throttledResponses() {
    return throttled.sum();
  }

  /** Operations sent again (one per operation per new attempt). */
  public long retries() {
    return retries.sum();
  }

  /** Operations that ended FAILED. */
  public long failures() {
    return failures.sum();
  }

  /** Milliseconds spent waiting before retries, as {@code Retry-After} (or a backoff) asked. */
  public long waitedMillis() {
    return waitedMillis.sum();
  }

  /** Contact photos written. */
  public long photos() {
    return photos.sum();
  }

  @Override
  public String toString() {
    return "http_calls=%d subrequests=%d throttled=%d retries=%d failures=%d"
        .formatted(httpCalls(), subRequests(), throttledResponses(), retries(), failures());
  }
}
