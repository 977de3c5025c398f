package org.cync.sandbox.throttle;

/**
 * Tunable limits, changeable at run time. {@code timeScale} shrinks every time window (0.001 turns
 * Outlook's 10 minutes into 0.6 s) so tests can reach the limits quickly.
 */
public final class Limits {
  public volatile int mailboxConcurrency = 4;
  public volatile int mailboxRequestsPerWindow = 10_000;
  public volatile long mailboxWindowMillis = 600_000;

  /**
   * Outlook's upload budget for POST/PUT/PATCH bodies per app and mailbox: 150 MB per 5 minutes.
   */
  public volatile long mailboxUploadBytesPerWindow = 150L * 1024 * 1024;

  public volatile long mailboxUploadWindowMillis = 300_000;

  /**
   * Directory resource units per 10 s per app and tenant; 0 = by tenant size (3,500/5,000/8,000).
   */
  public volatile int directoryUnitsPer10s = 0;

  public volatile double timeScale = 1.0;

  public long scaled(long millis) {
    return Math.max(1, Math.round(millis * timeScale));
  }
}
