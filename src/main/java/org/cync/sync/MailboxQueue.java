package org.cync.sync;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The mailboxes one execution's mailbox step still has to visit, shared by its workers (the
 * partitions): each worker takes the next when it has finished one, so the batch runtime opens as
 * many partitions as mailboxes are written at once, not one per mailbox. In memory and per
 * execution: a restart plans again from what Derby records and builds a queue of its own. The JDK's
 * lock-free queue is all it needs: each mailbox is handed to exactly one worker.
 */
final class MailboxQueue {
  private final Queue<String> left;

  MailboxQueue(List<String> mailboxIds) {
    left = new ConcurrentLinkedQueue<>(mailboxIds);
  }

  /** The next mailbox to visit, taken from the queue; null when none is left. */
  String next() {
    return left.poll();
  }

  /**
   * Workers for {@code mailboxes} mailboxes at {@code parallelism} at once: never more than the
   * mailboxes, and one at least (a worker without a mailbox ends at once).
   */
  static int workers(int mailboxes, int parallelism) {
    return Math.max(1, Math.min(mailboxes, parallelism));
  }
}
