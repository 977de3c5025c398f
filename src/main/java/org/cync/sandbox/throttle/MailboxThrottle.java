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
    final Window requests = new Window();
    final Window uploads = new Window();
  }

  /** A fixed window: what was used since it started; it starts over once its length has passed. */
  private static final class Window {
    long start;
    long used;

    /** 0 when amount still fits under the limit, else the Retry-After seconds. */
    long refusal(long now, long length, long amount, long limit) {
      if (now - start >= length) {
        start = now;
        used = 0;
      }
      return used + amount > limit ? Math.max(1, (start + length - now + 999) / 1000) : 0;
    }
  }

  public MailboxThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  public ThrottleDecision acquire(String appId, String mailboxId) {
    Slot s = slot(appId, mailboxId);
    long window = limits.scaled(limits.mailboxWindowMillis);
    synchronized (s) {
      long wait = s.requests.refusal(clock.millis(), window, 1, limits.mailboxRequestsPerWindow);
      if (wait > 0) {
        return ThrottleDecision.refuse(wait, "MailboxRequestRate");
      }
      if (s.inFlight >= limits.mailboxConcurrency) {
        return ThrottleDecision.refuse(1, "MailboxConcurrency");
      }
      s.requests.used++;
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
      long wait =
          s.uploads.refusal(clock.millis(), window, bytes, limits.mailboxUploadBytesPerWindow);
      if (wait > 0) {
        return ThrottleDecision.refuse(wait, "MailboxUploadSize");
      }
      s.uploads.used += bytes;
    }
    return ThrottleDecision.admit(() -> {});
  }

  /**
   * Starts every budget afresh. Requests in flight keep their slots (dropping the slots would let a
   * fifth request in while four are still being served).
   */
  public void reset() {
    for (Slot s : slots.values()) {
      synchronized (s) {
        s.requests.used = 0;
        s.uploads.used = 0;
      }
    }
  }
}
