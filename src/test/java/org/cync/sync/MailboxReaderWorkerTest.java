package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cync.connection.Connection;
import org.cync.contacts.DesiredContacts;
import org.cync.graphbatch.GraphJson;
import org.cync.graphbatch.GraphTrace;
import org.cync.mailbox.MailboxRecords;
import org.cync.mailbox.PlannedChange;
import org.cync.mailbox.TargetMailbox;
import org.cync.mailbox.TargetMailboxes;
import org.cync.settings.SyncOptions;
import org.cync.settings.SyncSettingsStore;
import org.junit.jupiter.api.Test;

/**
 * One reader as one worker of the mailbox step, driven the way the batch runtime drives a chunk
 * (read, ask the checkpoint algorithm, write at the chunk's end), with the stores stubbed: it takes
 * mailboxes from the queue one after another, never puts two mailboxes in one chunk, hands the
 * writer the mailbox of the chunk, and a failing mailbox ends only itself.
 */
class MailboxReaderWorkerTest {
  private static final long EXECUTION = 41;

  private final Map<String, Object> outcomes = new LinkedHashMap<>();
  private final Map<String, Integer> changesOf = new LinkedHashMap<>();
  private Object transientData;

  @Test
  void oneWorkerWritesMailboxesOneAfterAnotherNeverTwoInAChunk() {
    changesOf.put("a", 7);
    changesOf.put("b", 0); // planned, but nothing left to do by the time it is diffed
    changesOf.put("c", 3);
    changesOf.put("d", 5);
    List<List<MailboxItem>> chunks = drive(reader(List.of("a", "b", "c", "d")), "3");
    for (List<MailboxItem> chunk : chunks) {
      assertEquals(1, chunk.stream().map(MailboxItem::mailboxId).distinct().count(), "" + chunks);
    }
    assertEquals(
        List.of("a", "a", "a", "c", "c", "d", "d"),
        chunks.stream().map(c -> c.get(0).mailboxId()).toList(),
        "a: 3, 3, 1 and its end; c: 3, then its end; d: 3, 2 and its end");
    assertEquals(Map.of("a", "OK", "b", "OK", "c", "OK", "d", "OK"), outcomes);
  }

  @Test
  void aMailboxThatFailsEndsAloneAndTheWorkerTakesTheNext() {
    changesOf.put("a", 2);
    changesOf.put("bad", -1); // its folder cannot be prepared
    changesOf.put("c", 2);
    List<List<MailboxItem>> chunks = drive(reader(List.of("a", "bad", "c")), "100");
    assertEquals(List.of("a", "c"), chunks.stream().map(c -> c.get(0).mailboxId()).toList());
    assertEquals(Map.of("a", "OK", "bad", "FAILED", "c", "OK"), outcomes);
  }

  @Test
  void manyMailboxesThroughFewWorkersEachVisitedOnce() {
    List<String> ids = IntStream.range(0, 200).mapToObj(i -> "m" + i).toList();
    ids.forEach(id -> changesOf.put(id, Math.floorMod(id.hashCode(), 4)));
    MailboxReader first = reader(ids);
    drive(first, "2");
    assertEquals(200, outcomes.size(), "every mailbox finished once by the one worker");
    assertNull(first.readItem(), "the queue is empty: the worker is done");
  }

  /** The chunks the runtime would write, checking the step context at each write. */
  private List<List<MailboxItem>> drive(MailboxReader reader, String chunkSize) {
    MailboxCheckpointAlgorithm algorithm = new MailboxCheckpointAlgorithm();
    algorithm.step = reader.step;
    algorithm.chunkSize = chunkSize;
    List<List<MailboxItem>> chunks = new ArrayList<>();
    List<MailboxItem> chunk = new ArrayList<>();
    for (Object item = reader.readItem(); ; item = reader.readItem()) {
      if (item != null) {
        chunk.add((MailboxItem) item);
      }
      if (item == null || algorithm.isReadyToCheckpoint()) {
        if (!chunk.isEmpty()) {
          MailboxRun run = (MailboxRun) transientData;
          assertEquals(chunk.get(0).mailboxId(), run.mailboxId, "the writer's mailbox");
          assertTrue(chunk.get(chunk.size() - 1).isPassEnd() || chunk.size() == size(chunkSize));
          chunks.add(chunk);
        }
        chunk = new ArrayList<>();
        if (item == null) {
          return chunks;
        }
      }
    }
  }

  private static int size(String chunkSize) {
    return Integer.parseInt(chunkSize);
  }

  private MailboxReader reader(List<String> queue) {
    MailboxReader r = new MailboxReader();
    r.cache = new ExecutionCache();
    r.cache.settings =
        new SyncSettingsStore() {
          @Override
          public SyncOptions current() {
            return SyncOptions.defaults();
          }
        };
    r.cache.queue(EXECUTION, new MailboxQueue(queue));
    r.job = proxy(JobContext.class);
    r.step = proxy(StepContext.class);
    r.targets =
        new TargetMailboxes() {
          @Override
          public TargetMailbox find(String id) {
            return new TargetMailbox() {};
          }
        };
    r.records =
        new MailboxRecords() {
          @Override
          public void begin(String id) {}

          @Override
          public void finish(String id, TargetMailbox.Status s, String message, String fp) {}
        };
    r.runs =
        new RunMailboxes() {
          @Override
          public void failed(
              long e, long i, String id, String outcome, String m, String c, GraphTrace t) {
            assertSame(null, outcomes.put(id, outcome), "a mailbox ends once: " + id);
          }
        };
    r.desired =
        new DesiredContacts() {
          @Override
          public Map<String, Versions> versions(java.util.Collection<String> ids) {
            return Map.of();
          }
        };
    r.connection =
        new Connection() {
          @Override
          public com.microsoft.graph.serviceclient.GraphServiceClient graph() {
            return null;
          }
        };
    r.preparation =
        new MailboxFolderPreparation() {
          @Override
          List<PlannedChange> changes(
              GraphJson g, MailboxRun run, SyncOptions o, boolean s, boolean f, long e) {
            int n = changesOf.get(run.mailboxId);
            if (n < 0) {
              throw new IllegalStateException("no folder");
            }
            changesOf.put(run.mailboxId, 0); // the next pass finds nothing more to do
            return IntStream.range(0, n)
                .mapToObj(
                    i -> new PlannedChange(PlannedChange.Kind.DELETE, "s" + i, "c" + i, null, null))
                .toList();
          }
        };
    return r;
  }

  @SuppressWarnings("unchecked")
  private <T> T proxy(Class<T> type) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) ->
                switch (method.getName()) {
                  case "getExecutionId" -> EXECUTION;
                  case "getInstanceId" -> 1L;
                  case "getTransientUserData" -> transientData;
                  case "setTransientUserData" -> {
                    transientData = args[0];
                    yield null;
                  }
                  default -> null;
                });
  }
}
