package org.cync.sandbox.throttle;

/** Outcome of asking a limiter: admitted (with a release to call), or refused with Retry-After. */
public record ThrottleDecision(
    boolean admitted, long retryAfterSeconds, String reason, Runnable release) {
  static ThrottleDecision admit(Runnable release) {
    return new ThrottleDecision(true, 0, null, release);
  }

  static ThrottleDecision refuse(long retryAfter, String reason) {
    return new ThrottleDecision(false, retryAfter, reason, () -> {});
  }
}
