package org.cync.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractCheckpointAlgorithm;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Ends a mailbox chunk after {@code chunkSize} changes, once it holds {@link #PHOTO_BYTES} of
 * photos, or at the end of a pass: what a pass learnt (a lost answer, a deleted contact, a vanished
 * folder) is only known once its last chunk is written, so the reader must not plan the next pass,
 * or finish the mailbox, before that. So a mailbox ends only at a chunk's start (after the end of a
 * pass, or when the last chunk found it gone), and a worker's next mailbox begins a chunk of its
 * own: a chunk never mixes two mailboxes.
 */
@Dependent
@Named
public class MailboxCheckpointAlgorithm extends AbstractCheckpointAlgorithm {
  @Inject StepContext step;
  @Inject @BatchProperty String chunkSize;

  /**
   * Photos held by one chunk at most (about 2 MB): with 64 mailboxes at once, chunks of 100
   * full-size photos would not fit in a 512 MB heap.
   */
  static final long PHOTO_BYTES = 2L * 1024 * 1024;

  private int count;

  @Override
  public boolean isReadyToCheckpoint() {
    count++;
    MailboxRun run = (MailboxRun) step.getTransientUserData();
    boolean passEnded = run != null && run.passEnded;
    boolean photosFull = run != null && run.chunkPhotoBytes >= PHOTO_BYTES;
    if (passEnded || photosFull || count >= (int) SyncJobParameters.number(chunkSize, 100)) {
      count = 0;
      if (run != null) {
        run.passEnded = false;
        run.chunkPhotoBytes = 0;
      }
      return true;
    }
    return false;
  }
}
