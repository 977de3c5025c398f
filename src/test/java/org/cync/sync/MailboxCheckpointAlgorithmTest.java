package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.context.StepContext;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class MailboxCheckpointAlgorithmTest {
  static MailboxCheckpointAlgorithm algorithm(MailboxRun run, String size) {
    MailboxCheckpointAlgorithm a = new MailboxCheckpointAlgorithm();
    a.step =
        (StepContext)
            Proxy.newProxyInstance(
                StepContext.class.getClassLoader(),
                new Class<?>[] {StepContext.class},
                (proxy, method, args) ->
                    method.getName().equals("getTransientUserData") ? run : null);
    a.chunkSize = size;
    return a;
  }

  @Test
  void aChunkEndsAfterItsSizeAndAtTheEndOfEveryPass() {
    MailboxRun run = new MailboxRun("m");
    MailboxCheckpointAlgorithm a = algorithm(run, "3");
    assertFalse(a.isReadyToCheckpoint());
    assertFalse(a.isReadyToCheckpoint());
    assertTrue(a.isReadyToCheckpoint(), "three changes");
    assertFalse(a.isReadyToCheckpoint(), "counting starts again");
    run.passEnded = true;
    assertTrue(a.isReadyToCheckpoint(), "the pass ended: write and commit before deciding more");
    assertFalse(run.passEnded, "the end of a pass ends one chunk only");
    assertFalse(a.isReadyToCheckpoint());
    assertFalse(a.isReadyToCheckpoint());
    assertTrue(a.isReadyToCheckpoint());
  }

  @Test
  void theDefaultSizeIsAHundred() {
    MailboxCheckpointAlgorithm a = algorithm(new MailboxRun("m"), null);
    int n = 1;
    while (!a.isReadyToCheckpoint()) {
      n++;
    }
    assertEquals(100, n);
  }

  @Test
  void aChunkEndsEarlyOnceItHoldsTwoMegabytesOfPhotos() {
    MailboxRun run = new MailboxRun("m");
    MailboxCheckpointAlgorithm a = algorithm(run, "100");
    run.chunkPhotoBytes = MailboxCheckpointAlgorithm.PHOTO_BYTES - 1;
    assertFalse(a.isReadyToCheckpoint());
    run.chunkPhotoBytes += 1;
    assertTrue(a.isReadyToCheckpoint());
    assertEquals(0, run.chunkPhotoBytes, "the next chunk counts its own photos");
  }
}
