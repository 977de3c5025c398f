package org.cync.sync;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cync.contacts.DesiredContact;
import org.cync.directory.SnapshotEntry;
import org.cync.directory.SnapshotRepository;

/**
 * Stores the mapped contacts in the directory snapshot, in the chunk's transaction (so with its
 * checkpoint).
 */
@Dependent
@Named
public class SnapshotWriter extends AbstractItemWriter {
  @Inject SnapshotRepository snapshot;
  @Inject JobContext job;

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      DesiredContact contact = (DesiredContact) item;
      snapshot.save(
          new SnapshotEntry(
              contact.sourceId(),
              contact.displayName(),
              contact.mail(),
              contact.fingerprint(),
              job.getExecutionId()));
    }
  }
}
