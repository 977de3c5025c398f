package org.cync.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import java.util.logging.Logger;
import org.cync.directory.GroupMembers;
import org.cync.directory.SampleDirectory;

/**
 * Reads the source users, resuming at its checkpoint after a failure or a crash: from the connected
 * tenant's {@code /users/delta} ({@link GraphDirectoryRound}), or, with no connection set up, from
 * the {@link SampleDirectory}. With the tenant, the group memberships the desired step needs are
 * read meanwhile ({@link ExecutionCache#readGroupsAhead}): both are Graph round trips, and neither
 * needs the other.
 */
@Dependent
@Named
public class DirectoryReader extends AbstractItemReader {
  private static final Logger LOG = Logger.getLogger(DirectoryReader.class.getName());

  @Inject @BatchProperty String sampleSize;
  @Inject @BatchProperty String itemDelayMillis;
  @Inject @BatchProperty String failAtItem;
  @Inject @BatchProperty String directory;
  @Inject org.cync.connection.Connection connection;
  @Inject org.cync.directory.MirrorRepository mirror;
  @Inject ExecutionCache cache;
  @Inject JobContext job;

  private GraphDirectoryRound graph;

  private int size;
  private long delayMillis;
  private int failAt;
  private int position;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    boolean useGraph = SyncJobParameters.usesGraph(directory, connection);
    if (useGraph) {
      Set<String> groups = DesiredState.groupsNeeded(cache.options(job.getExecutionId()));
      if (!groups.isEmpty()) {
        GroupMembers members = new GroupMembers(connection.graph());
        cache.readGroupsAhead(job.getExecutionId(), () -> members.groupsOfUsers(groups));
      }
      org.cync.directory.UsersDelta delta = new org.cync.directory.UsersDelta(connection.graph());
      graph =
          new GraphDirectoryRound(
              new GraphDirectoryRound.Delta() {
                @Override
                public org.cync.directory.DeltaPage first() throws org.cync.directory.DeltaExpired {
                  return delta.first();
                }

                @Override
                public org.cync.directory.DeltaPage next(String link)
                    throws org.cync.directory.DeltaExpired {
                  return delta.next(link);
                }
              });
      // An empty mirror with a delta link (a data directory of an older CYNC) needs a full round.
      String link = mirror.size() == 0 ? null : mirror.deltaLink();
      graph.open(link, (GraphCheckpoint) checkpoint);
      LOG.info(
          () ->
              "Directory reader: "
                  + (graph.isFull() ? "full round" : "changes since the last round")
                  + " of the tenant's users"
                  + (checkpoint == null ? "" : ", resumed at " + checkpoint));
      return;
    }
    size = (int) SyncJobParameters.number(sampleSize, 50);
    delayMillis = SyncJobParameters.number(itemDelayMillis, 0);
    failAt = (int) SyncJobParameters.number(failAtItem, -1);
    position = checkpoint == null ? 0 : ((DirectoryCheckpoint) checkpoint).position();
    LOG.info(() -> "Directory reader starts at user " + position + " of " + size);
  }

  @Override
  public Object readItem() throws Exception {
    if (graph != null) {
      return graph.next();
    }
    if (position >= size) {
      return null;
    }
    position++;
    if (position == failAt) {
      throw new IllegalStateException(
          "Simulated failure at directory user " + position + " (failAtItem)");
    }
    if (delayMillis > 0) {
      Thread.sleep(delayMillis);
    }
    return SampleDirectory.user(position);
  }

  @Override
  public Serializable checkpointInfo() {
    if (graph != null) {
      return graph.checkpoint();
    }
    return new DirectoryCheckpoint(position);
  }
}
