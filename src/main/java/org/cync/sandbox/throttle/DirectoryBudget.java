package org.cync.sandbox.throttle;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity service's token bucket of resource units per app and tenant (10 s refill); the
 * capacity follows the tenant's size (S &lt; 50 users: 3,500, M up to 500: 5,000, L: 8,000).
 */
public final class DirectoryBudget {
  private final Limits limits;
  private final Clock clock;
  private final int tenantUsers;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double units;
    long last;
  }

  public DirectoryBudget(Limits limits, Clock clock, int tenantUsers) {
    this.limits = limits;
    this.clock = clock;
    this.tenantUsers = tenantUsers;
  }

  public int capacity() {
    if (limits.directoryUnitsPer10s > 0) {
      return limits.directoryUnitsPer10s;
    }
    return tenantUsers < 50 ? 3500 : tenantUsers <= 500 ? 5000 : 8000;
  }

  /** Charges cost units; returns a refusal with Retry-After when the bucket is empty. */
  public ThrottleDecision charge(String appId, int cost) {
    Bucket b =
        buckets.computeIfAbsent(
            appId,
            k -> {
              Bucket n = new Bucket();
              n.units = capacity();
              n.last = clock.millis();
              return n;
            });
    int cap = capacity();
    long period = limits.scaled(10_000);
    synchronized (b) {
      long now = clock.millis();
      b.units = Math.min(cap, b.units + Math.max(0, now - b.last) * (double) cap / period);
      b.last = now;
      if (b.units < cost) {
        long wait = (long) Math.ceil((cost - b.units) * period / cap / 1000.0);
        return ThrottleDecision.refuse(Math.max(1, wait), "ResourceUnitLimit");
      }
      b.units -= cost;
    }
    return ThrottleDecision.admit(() -> {});
  }

  /** Share of the budget used, 0..1 (for x-ms-throttle-limit-percentage). */
  public double used(String appId) {
    Bucket b = buckets.get(appId);
    if (b == null) {
      return 0;
    }
    synchronized (b) {
      return 1 - b.units / capacity();
    }
  }

  public void reset() {
    buckets.clear();
  }
}
