package org.cync.graphbatch;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits between attempts; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  /** How often a {@link #stoppable} wait looks whether it should end. */
  Duration SLICE = Duration.ofMillis(500);

  void sleep(Duration duration) throws InterruptedException;

  /**
   * Waits in slices on {@code slices}, and ends the wait with {@link Cancelled} once {@code
   * stopping} says so: a run asked to stop must not sit out a {@code Retry-After} of minutes. Not a
   * thread interrupt, which would also break the chunk's own commit.
   */
  static Sleeper stoppable(Sleeper slices, BooleanSupplier stopping) {
    return d -> {
      Duration left = d;
      while (left.compareTo(Duration.ZERO) > 0) {
        if (stopping.getAsBoolean()) {
          throw new Cancelled();
        }
        Duration slice = left.compareTo(SLICE) < 0 ? left : SLICE;
        slices.sleep(slice);
        left = left.minus(slice);
      }
    };
  }

  /** A wait ended because the run is stopping; what was not sent stays unsent. */
  final class Cancelled extends InterruptedException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("the run is stopping");
    }
  }
}
