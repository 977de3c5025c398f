package org.cync.sandbox.throttle;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Outlook's limits per (app ID, mailbox) pair: at most N requests in flight and M requests per
 * window (fixed windows). Exceeding one mailbox never affects another. Every check reads the clock
 * under the pair's lock, and a release frees its slot once however often it runs, so a caller that
 * releases twice cannot let a fifth request in.
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
    Slot s = slot(appId, mailboxId);
    long window = limits.scaled(limits.mailboxWindowMillis);
    synchronized (s) {
      long now = clock.millis();
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
    AtomicBoolean released = new AtomicBoolean();
    return ThrottleDecision.admit(
        () -> {
          if (released.compareAndSet(false, true)) {
            synchronized (s) {
              s.inFlight--;
            }
          }
        });
  }

  private Slot slot(String appId, String mailboxId) {
    return slots.computeIfAbsent(appId + "|" + mailboxId, k -> new Slot());
  }

  /** Charges an upload (request body bytes) against the pair's upload budget. */
  public ThrottleDecision chargeUpload(String appId, String mailboxId, long bytes) {
    Slot s = slot(appId, mailboxId);
    long window = limits.scaled(limits.mailboxUploadWindowMillis);
    synchronized (s) {
      long now = clock.millis();
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
