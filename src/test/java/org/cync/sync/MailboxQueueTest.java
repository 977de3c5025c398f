package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailboxQueueTest {

  @Test
  void workersTakeEveryMailboxExactlyOnceThenNone() throws Exception {
    List<String> ids = IntStream.range(0, 10_000).mapToObj(i -> "m" + i).toList();
    MailboxQueue queue = new MailboxQueue(ids);
    ConcurrentLinkedQueue<String> taken = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  return;
                }
                for (String id = queue.next(); id != null; id = queue.next()) {
                  taken.add(id);
                }
              });
      t.start();
      workers.add(t);
    }
    go.countDown();
    for (Thread t : workers) {
      t.join();
    }
    assertEquals(ids.size(), taken.size(), "no mailbox taken twice, none left out");
    assertEquals(
        new java.util.TreeSet<>(ids), new java.util.TreeSet<>(taken), "the very same mailboxes");
    assertNull(queue.next(), "an empty queue hands out nothing more");
  }

  @Test
  void mailboxesAreHandedOutInPlanOrder() {
    MailboxQueue queue = new MailboxQueue(List.of("b", "a", "c"));
    assertEquals("b", queue.next());
    assertEquals("a", queue.next());
    assertEquals("c", queue.next());
    assertNull(queue.next());
  }

  @Test
  void theWorkersAreTheParallelismButNeverMoreThanTheMailboxesNorFewerThanOne() {
    assertEquals(64, MailboxQueue.workers(10_000, 64), "10,000 mailboxes: 64 workers, not 10,000");
    assertEquals(3, MailboxQueue.workers(3, 64));
    assertEquals(1, MailboxQueue.workers(0, 64), "a worker without a mailbox ends at once");
    assertEquals(256, MailboxQueue.workers(500, 256));
  }

  @Test
  void anExecutionWithoutAQueueFailsLoudlyNamingTheRun() {
    ExecutionCache cache = new ExecutionCache();
    IllegalStateException none = assertThrows(IllegalStateException.class, () -> cache.queue(7));
    assertTrue(none.getMessage().startsWith("contact-sync run 7: "), none.getMessage());
    cache.queue(7, new MailboxQueue(List.of("m1")));
    assertEquals("m1", cache.queue(7).next());
    assertNull(cache.queue(7).next(), "the mapper's queue, emptied: the workers are done");
    assertThrows(IllegalStateException.class, () -> cache.queue(8), "queues are per execution");
    cache.queue(9, new MailboxQueue(List.of("m2")));
    cache.end(9);
    assertThrows(
        IllegalStateException.class,
        () -> cache.queue(9),
        "a restart (a new execution) never sees an old queue");
  }
}
