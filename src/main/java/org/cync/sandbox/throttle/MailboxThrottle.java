package org.cync.sandbox.throttle;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Outlook's limits per (app ID, mailbox) pair: at most N requests in flight and M requests per
 * window (fixed windows). Exceeding one mailbox never affects another.
 */
public final class MailboxThrottle {
  private final Limits limits;
  private final Clock clock;
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  private static final class Slot {
    int inFlight;
    long windowStart;
    int count;
    long uploadStart;
    long uploaded;
  }

  public MailboxThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  public ThrottleDecision acquire(String appId, String mailboxId) {
    Slot s = slots.computeIfAbsent(appId + "|" + mailboxId, k -> new Slot());
    long now = clock.millis();
    long window = limits.scaled(limits.mailboxWindowMillis);
    synchronized (s) {
      if (now - s.windowStart >= window) {
        s.windowStart = now;
        s.count = 0;
      }
      if (s.count >= limits.mailboxRequestsPerWindow) {
        long left = s.windowStart + window - now;
        return ThrottleDecision.refuse(Math.max(1, (left + 999) / 1000), "MailboxRequestRate");
      }
      if (s.inFlight >= limits.mailboxConcurrency) {
        return ThrottleDecision.refuse(1, "MailboxConcurrency");
      }
      s.count++;
      s.inFlight++;
    }
    return ThrottleDecision.admit(
        () -> {
          synchronized (s) {
            s.inFlight--;
          }
        });
  }

  /** Charges an upload (request body bytes) against the pair's upload budget. */
  public ThrottleDecision chargeUpload(String appId, String mailboxId, long bytes) {
    Slot s = slots.computeIfAbsent(appId + "|" + mailboxId, k -> new Slot());
    long now = clock.millis();
    long window = limits.scaled(limits.mailboxUploadWindowMillis);
    synchronized (s) {
      if (now - s.uploadStart >= window) {
        s.uploadStart = now;
        s.uploaded = 0;
      }
      if (s.uploaded + bytes > limits.mailboxUploadBytesPerWindow) {
        long left = s.uploadStart + window - now;
        return ThrottleDecision.refuse(Math.max(1, (left + 999) / 1000), "MailboxUploadSize");
      }
      s.uploaded += bytes;
    }
    return ThrottleDecision.admit(() -> {});
  }

  public void reset() {
    slots.clear();
  }
}
