package org.cync.sandbox.throttle;

import java.util.Random;

/**
 * Injected failures, switchable at run time: rates (0..1) of 429, 503, 504 and dropped connections
 * per (sub-)request, and a switch that makes users/delta answer 410 Gone.
 */
public final class Faults {
  public volatile double rate429;
  public volatile double rate503;
  public volatile double rate504;
  public volatile double rateDrop;
  public volatile boolean usersDeltaGone;
  private final Random random;

  public Faults(long seed) {
    this.random = new Random(seed);
  }

  /** The status to inject for this request (0 = none, -1 = drop the connection). */
  public int draw(boolean canDrop) {
    if (rate429 == 0 && rate503 == 0 && rate504 == 0 && rateDrop == 0) {
      return 0;
    }
    synchronized (this) {
      return drawLocked(canDrop);
    }
  }

  private int drawLocked(boolean canDrop) {
    double x = random.nextDouble();
    if (canDrop && x < rateDrop) {
      return -1;
    }
    x -= canDrop ? rateDrop : 0;
    if (x < rate429) {
      return 429;
    }
    x -= rate429;
    if (x < rate503) {
      return 503;
    }
    x -= rate503;
    return x < rate504 ? 504 : 0;
  }

  public void clear() {
    rate429 = 0;
    rate503 = 0;
    rate504 = 0;
    rateDrop = 0;
    usersDeltaGone = false;
  }
}
