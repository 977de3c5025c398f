package org.cync.graphbatch;

import java.util.concurrent.atomic.LongAdder;

/**
 * What writing cost, across all mailboxes and threads: the figures of the benchmark line.
 * "Throttled" counts every 429, 503 and 504 answer, on envelopes and sub-responses alike.
 */
public final class WriteStats {
  private final LongAdder httpCalls = new LongAdder();
  private final LongAdder subRequests = new LongAdder();
  private final LongAdder throttled = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder failures = new LongAdder();

  void envelope(int size) {
    httpCalls.increment();
    subRequests.add(size);
  }

  void throttled() {
    throttled.increment();
  }

  void retry() {
    retries.increment();
  }

  void failure() {
    failures.increment();
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

  @Override
  public String toString() {
    return "http_calls=%d subrequests=%d throttled=%d retries=%d failures=%d"
        .formatted(httpCalls(), subRequests(), throttledResponses(), retries(), failures());
  }
}
