package org.cync.sandbox.throttle;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Simulated service time per request: uniform between min and max milliseconds, plus a spike of
 * spikeMillis with probability spikeRate (Graph's long tail). Zero by default.
 */
public final class Latency {
  public volatile long minMillis;
  public volatile long maxMillis;
  public volatile double spikeRate;
  public volatile long spikeMillis;

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

  public void pause() {
    long ms = draw();
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
