package org.cync.sync;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.cync.connection.Connection;
import org.cync.contacts.DesiredContacts;
import org.cync.directory.GroupMembers;
import org.cync.directory.MirrorRepository;
import org.cync.directory.MirrorUsers;
import org.cync.directory.SourceUser;
import org.cync.mailbox.TargetMailboxes;
import org.cync.settings.SyncOptions;

/**
 * Step {@code desired}: from the directory mirror and the sync settings, what every mailbox should
 * hold ({@link DesiredState}), stored as the desired contacts and the target mailboxes. Reads the
 * chosen groups' members afresh (delta does not report membership; usually read ahead, during the
 * directory round). When nothing it is computed from changed since the last computation in this
 * process ({@link DesiredBasis}), the result in Derby still stands and is not computed again;
 * otherwise only the users that changed are read from the mirror again ({@link MirrorUsers}).
 * Idempotent: a restart computes the same again.
 */
@Dependent
@Named
public class DesiredStateBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(DesiredStateBatchlet.class.getName());

  @Inject @BatchProperty String directory;
  @Inject MirrorRepository mirrorRepository;
  @Inject MirrorUsers mirror;
  @Inject DesiredContacts desired;
  @Inject TargetMailboxes mailboxes;
  @Inject ExecutionCache cache;
  @Inject JobContext job;
  @Inject Connection connection;

  @Override
  public String process() throws InterruptedException {
    SyncOptions options = cache.options(job.getExecutionId());
    Map<String, String> fingerprints = mirrorRepository.fingerprints();
    Set<String> groups = DesiredState.groupsNeeded(options);
    Map<String, Set<String>> groupsOfUser =
        groups.isEmpty() || !SyncJobParameters.usesGraph(directory, connection)
            ? Map.of()
            : cache.groups(
                job.getExecutionId(),
                () -> new GroupMembers(connection.graph()).groupsOfUsers(groups));
    Set<String> withoutMailbox = mailboxes.withoutMailbox();
    DesiredBasis now =
        DesiredBasis.of(
            options,
            fingerprints,
            groupsOfUser,
            withoutMailbox,
            desired.size(),
            mailboxes.wantedCount());
    if (now.unchangedSince(cache.lastDesired())) {
      mailboxes.forgetFormerTargetsHoldingNothing();
      LOG.info(
          () ->
              "Desired state: nothing it is made from changed since the last computation; %d of %d users are contacts, %d target mailboxes"
                  .formatted(now.contacts(), fingerprints.size(), now.targets()));
      return "COMPLETED";
    }
    cache.lastDesired(null);
    Map<String, SourceUser> users = mirror.users(fingerprints);
    DesiredState.Result result =
        DesiredState.compute(users.values(), options, groupsOfUser, withoutMailbox);
    DesiredContacts.Changes changes = desired.replaceAll(result.cards());
    int targets = mailboxes.applyTargets(result.targets(), fingerprints);
    cache.lastDesired(
        DesiredBasis.of(
            options, fingerprints, groupsOfUser, withoutMailbox, result.cards().size(), targets));
    LOG.info(
        () ->
            "Desired state: %d of %d users are contacts (%d new, %d changed, %d no longer), %d target mailboxes"
                .formatted(
                    result.cards().size(),
                    users.size(),
                    changes.added(),
                    changes.changed(),
                    changes.removed(),
                    targets));
    return "COMPLETED";
  }
}
