package org.cync.graphbatch;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Outlook allows 4 concurrent requests per app and mailbox, and Graph runs up to 4 sub-requests of
 * one {@code $batch} at a time, all counting toward that limit. So an envelope of n sub-requests
 * holds min(n, 4) permits of its mailbox's semaphore: one full batch at a time, or several small
 * ones, never more than 4 requests on the mailbox. Shared by every caller; mailboxes independent.
 */
final class MailboxGates {
  private final int perMailbox;
  private final Map<String, Semaphore> gates = new ConcurrentHashMap<>();

  MailboxGates(int perMailbox) {
    this.perMailbox = perMailbox;
  }

  /** Acquires the permits for an envelope of {@code size} sub-requests; answers how many. */
  int acquire(String mailbox, int size) throws InterruptedException {
    int permits = Math.min(size, perMailbox);
    gate(mailbox).acquire(permits);
    return permits;
  }

  void release(String mailbox, int permits) {
    gate(mailbox).release(permits);
  }

  private Semaphore gate(String mailbox) {
    return gates.computeIfAbsent(
        mailbox.toLowerCase(Locale.ROOT), m -> new Semaphore(perMailbox, true));
  }
}
