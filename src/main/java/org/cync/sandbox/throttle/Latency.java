package org.cync.sandbox.throttle;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Simulated service time per request: uniform between min and max milliseconds, plus a spike of
 * spikeMillis with probability spikeRate (Graph's long tail). Zero by default. A hold (set from
 * code, not the admin API) keeps each admitted request in service until the hold returns, so tests
 * can overlap requests deterministically instead of relying on timing.
 */
public final class Latency {
  public volatile long minMillis;
  public volatile long maxMillis;
  public volatile double spikeRate;
  public volatile long spikeMillis;
  private volatile Runnable hold;

  public long draw() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long min = minMillis;
    long max = Math.max(min, maxMillis);
    long ms = max > min ? r.nextLong(min, max + 1) : min;
    if (spikeRate > 0 && r.nextDouble() < spikeRate) {
      ms += spikeMillis;
    }
    return ms;
  }

  /** Runs inside every admitted request after the drawn delay; null removes it. */
  public void hold(Runnable hold) {
    this.hold = hold;
  }

  /** Whether requests take time, i.e. whether $batch sub-requests really overlap. */
  public boolean active() {
    return maxMillis > 0 || minMillis > 0 || spikeRate > 0 || hold != null;
  }

  public void pause() {
    long ms = draw();
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Runnable h = hold;
    if (h != null) {
      h.run();
    }
  }

  public void clear() {
    minMillis = 0;
    maxMillis = 0;
    spikeRate = 0;
    hold = null;
  }
}
