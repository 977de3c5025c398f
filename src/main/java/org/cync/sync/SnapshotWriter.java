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
 * checkpoint): upserts and removals keyed by object ID (idempotent when a restart replays a chunk),
 * and at a round's end its delta link, after a full round also the removal of users it did not see.
 */
@Dependent
@Named
public class SnapshotWriter extends AbstractItemWriter {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(SnapshotWriter.class.getName());
  @Inject SnapshotRepository snapshot;
  @Inject JobContext job;

  private static final com.google.gson.Gson GSON = new com.google.gson.Gson();

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      if (item instanceof SnapshotChange.Upsert u) {
        var card = u.card();
        snapshot.save(
            new SnapshotEntry(
                card.sourceId(),
                card.displayName(),
                card.emailAddresses().isEmpty() ? null : card.emailAddresses().get(0).address(),
                card.fingerprint(),
                job.getExecutionId(),
                GSON.toJson(card),
                job.getInstanceId()));
        continue;
      }
      if (item instanceof SnapshotChange.Remove r) {
        snapshot.remove(r.sourceId());
        continue;
      }
      if (item instanceof RoundEnd end) {
        if (end.full()) {
          int gone = snapshot.removeNotSeenIn(job.getInstanceId());
          LOG.info(() -> "Full directory round: " + gone + " users no longer in the directory");
        }
        snapshot.saveDeltaLink(end.deltaLink());
        continue;
      }
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
