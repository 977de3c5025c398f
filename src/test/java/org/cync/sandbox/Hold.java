package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps admitted sandbox requests in service until the test opens it (install with {@code
 * sandbox.latency().hold(hold)}), so requests overlap because the test says so, not because of
 * timing. The minute-long waits only stop a broken test from hanging; they never decide a result.
 */
final class Hold implements Runnable {
  private final Semaphore arrived = new Semaphore(0);
  private final CountDownLatch open = new CountDownLatch(1);

  @Override
  public void run() {
    arrived.release();
    try {
      if (!open.await(1, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the test never opened the hold");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until n more requests are in service. */
  void awaitArrivals(int n) throws InterruptedException {
    if (!arrived.tryAcquire(n, 1, TimeUnit.MINUTES)) {
      fail("fewer than " + n + " requests reached the service at once");
    }
  }

  /** Requests that reached the service and have not been counted by awaitArrivals. */
  int extraArrivals() {
    return arrived.availablePermits();
  }

  void open() {
    open.countDown();
  }
}
