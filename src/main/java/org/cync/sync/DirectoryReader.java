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
import org.cync.directory.DeltaExpired;
import org.cync.directory.DeltaPage;
import org.cync.directory.GroupMembers;
import org.cync.directory.SampleDirectory;
import org.cync.directory.UsersDelta;

/**
 * Reads the source users, resuming at its checkpoint after a failure or a crash, from one {@link
 * DirectoryRound}: the connected tenant's {@code /users/delta} ({@link GraphDirectoryRound}), or,
 * with no connection set up, the {@link SampleDirectory} ({@link SampleDirectoryRound}). With the
 * tenant, the group memberships the desired step needs are read meanwhile ({@link
 * ExecutionCache#readGroupsAhead}): both are Graph round trips, and neither needs the other.
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

  private DirectoryRound round;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    round =
        SyncJobParameters.usesGraph(directory, connection)
            ? tenant((GraphCheckpoint) checkpoint)
            : sample((DirectoryCheckpoint) checkpoint);
  }

  private DirectoryRound tenant(GraphCheckpoint checkpoint) throws Exception {
    Set<String> groups = DesiredState.groupsNeeded(cache.options(job.getExecutionId()));
    if (!groups.isEmpty()) {
      GroupMembers members = new GroupMembers(connection.graph());
      cache.readGroupsAhead(job.getExecutionId(), () -> members.groupsOfUsers(groups));
    }
    UsersDelta delta = new UsersDelta(connection.graph());
    String of = MirrorIdentity.of(connection.current());
    String before = mirror.mirrorOf();
    boolean same = of.equals(before);
    if (!same && mirror.size() > 0) {
      LOG.info(
          () ->
              "The directory mirror was of "
                  + (before == null ? "an unrecorded directory" : before)
                  + "; this run reads "
                  + of
                  + " in a full round, and contacts of users not in it go through the deletion"
                  + " guard");
    }
    GraphCheckpoint resume = same ? checkpoint : null; // a checkpoint of another directory is void
    GraphDirectoryRound graph =
        new GraphDirectoryRound(
            new GraphDirectoryRound.Delta() {
              @Override
              public DeltaPage first() throws DeltaExpired {
                return delta.first();
              }

              @Override
              public DeltaPage next(String link) throws DeltaExpired {
                return delta.next(link);
              }
            },
            of);
    // An empty mirror, or one of another directory, needs a full round.
    String link = mirror.size() == 0 || !same ? null : mirror.deltaLink();
    graph.open(link, resume);
    LOG.info(
        () ->
            "Directory reader: "
                + (graph.isFull() ? "full round" : "changes since the last round")
                + " of the tenant's users"
                + (resume == null ? "" : ", resumed at " + resume));
    return graph;
  }

  private DirectoryRound sample(DirectoryCheckpoint checkpoint) {
    SampleDirectoryRound sample =
        new SampleDirectoryRound(
            (int) SyncJobParameters.number(sampleSize, 50),
            SyncJobParameters.number(itemDelayMillis, 0),
            (int) SyncJobParameters.number(failAtItem, -1),
            checkpoint);
    LOG.info(() -> "Directory reader starts at user " + sample.position() + " of " + sample.size());
    return sample;
  }

  @Override
  public Object readItem() throws Exception {
    return round.next();
  }

  @Override
  public Serializable checkpointInfo() {
    return round.checkpoint();
  }
}
