package org.cync.sync;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.cync.directory.MirrorRepository;
import org.cync.directory.SourceUser;

/**
 * Stores the directory users in the mirror, in the chunk's transaction (so with its checkpoint):
 * upserts and removals keyed by object ID (idempotent when a restart replays a chunk), and at a
 * round's end its delta link, after a full round also the removal of users it did not see.
 */
@Dependent
@Named
public class MirrorWriter extends AbstractItemWriter {
  private static final Logger LOG = Logger.getLogger(MirrorWriter.class.getName());
  @Inject MirrorRepository mirror;
  @Inject JobContext job;

  @Override
  public void writeItems(List<Object> items) {
    List<SourceUser> keep =
        new ArrayList<>(); // saved in one container call: one per user cost more
    for (Object item : items) {
      if (item instanceof MirrorChange.Keep k) {
        keep.add(k.user());
        continue;
      }
      save(keep); // before anything else, so the chunk's order holds
      if (item instanceof MirrorChange.Forget forget) {
        mirror.remove(forget.sourceId());
      } else if (item instanceof RoundEnd end) {
        if (end.full()) {
          int gone = mirror.removeNotSeenIn(job.getInstanceId());
          LOG.info(() -> "Full directory round: " + gone + " users no longer in the directory");
        }
        if (end.deltaLink() != null) {
          mirror.saveDeltaLink(end.deltaLink(), end.mirrorOf());
        }
      }
    }
    save(keep);
  }

  private void save(List<SourceUser> keep) {
    if (!keep.isEmpty()) {
      mirror.saveAll(keep, job.getExecutionId(), job.getInstanceId());
      keep.clear();
    }
  }
}
