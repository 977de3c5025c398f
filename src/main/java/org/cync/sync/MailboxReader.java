package org.cync.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.cync.connection.Connection;
import org.cync.connection.check.MicrosoftErrors;
import org.cync.contacts.DesiredContacts;
import org.cync.graphbatch.BatchRejected;
import org.cync.graphbatch.GraphJson;
import org.cync.graphbatch.GraphTrace;
import org.cync.mailbox.MailboxRecords;
import org.cync.mailbox.PlannedChange;
import org.cync.mailbox.TargetMailbox;
import org.cync.mailbox.TargetMailboxes;
import org.cync.photos.SourcePhotos;

/**
 * Reads the changes one mailbox needs: finds (or makes) its folder, scans the folder when what is
 * recorded may be incomplete (after a crash, a lost answer, a reinstall, a reconcile), then diffs
 * what should be there against what is recorded. No checkpoint of its own: what the writer recorded
 * is the progress, so a restart diffs again and continues exactly where the last commit left off.
 * One reader is one worker of the mailbox step: it takes mailboxes from the execution's {@link
 * MailboxQueue} one after another until the queue is empty. A mailbox that cannot be written ends
 * with the reason, never the worker's other mailboxes or the run.
 */
@Dependent
@Named
public class MailboxReader extends AbstractItemReader {
  private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
  static final int PAGE = 100;
  static final int MAX_PASSES = 4;

  @Inject @BatchProperty String reconcile;
  @Inject StepContext step;
  @Inject JobContext job;
  @Inject TargetMailboxes targets;
  @Inject MailboxRecords records;
  @Inject DesiredContacts desired;
  @Inject RunMailboxes runs;
  @Inject ExecutionCache cache;
  @Inject Connection connection;
  @Inject MailboxFolderPreparation preparation;
  @Inject SourcePhotos photos;

  /** The mailbox under way; null between two (its predecessor finished, none taken yet). */
  private MailboxRun run;

  private List<PlannedChange> changes = List.of();
  private Map<String, DesiredContacts.Versions> versions = Map.of();
  private int index;
  private int passes;
  private boolean emitted;

  /**
   * Takes the next mailbox from the queue and starts it: marks it in progress (committed at once,
   * so a crash from here on means a scan), and plans its first pass. Only ever at the start of a
   * chunk (the last mailbox ended with the end of a pass, which ended its chunk), so a chunk never
   * holds two mailboxes; the step context carries the mailbox under way to the writer.
   */
  private boolean claim() {
    String id = cache.queue(job.getExecutionId()).next();
    if (id == null) {
      return false;
    }
    run = new MailboxRun(id);
    step.setTransientUserData(run);
    changes = List.of();
    versions = Map.of();
    index = 0;
    passes = 0;
    emitted = false;
    TargetMailbox t = targets.find(id);
    boolean scan = SyncJobParameters.isTrue(reconcile) || t.isInProgress() || t.isNeedsScan();
    records.begin(id);
    LOG.fine(() -> "Mailbox " + id + ": start" + (t.isInProgress() ? " (recovery)" : ""));
    prepare(scan);
    return true;
  }

  private void prepare(boolean scan) {
    passes++;
    try {
      GraphJson graph = new GraphJson(connection.graph());
      changes =
          preparation.changes(
              graph,
              run,
              cache.options(job.getExecutionId()),
              scan,
              SyncJobParameters.isTrue(reconcile) && passes == 1,
              job.getExecutionId());
      index = 0;
    } catch (BatchRejected e) {
      finish(e.code(), e.getMessage(), e.trace());
    } catch (IOException e) {
      finish("ConnectionFailed", String.valueOf(e.getMessage()), GraphTrace.NONE);
    } catch (RuntimeException e) {
      finish(e.getClass().getSimpleName(), String.valueOf(e.getMessage()), GraphTrace.NONE);
    }
  }

  /**
   * The next change; at the end of a pass, one {@link MailboxItem#passEnd} that ends the chunk
   * ({@link MailboxCheckpointAlgorithm}), so the pass's last changes are written and committed
   * before this reader decides, at the start of the next chunk, whether to look again (a lost
   * answer, a contact found deleted, a vanished folder) or to finish the mailbox.
   */
  @Override
  public Object readItem() {
    while (run != null || claim()) {
      if (run == null) {
        continue; // the mailbox just taken could not even be planned: it is finished, take another
      }
      String mailboxId = run.mailboxId;
      if (run.goneCode != null) { // always seen at a chunk's start: the writer found it
        finish(run.goneCode, run.goneMessage, run.goneTrace);
        continue;
      }
      if (run.folderLost) {
        run.folderLost = false;
        if (passes >= MAX_PASSES) {
          finish(
              "ErrorItemNotFound",
              "CYNC's folder vanished while it was being written.",
              GraphTrace.NONE);
          continue;
        }
        records.folderLost(mailboxId); // its contacts went with it; what is left is re-planned
        prepare(false);
        continue;
      }
      if (index < changes.size()) {
        if (index % PAGE == 0) {
          versions = desired.versions(idsToLoad(index));
        }
        PlannedChange c = changes.get(index++);
        emitted = true;
        byte[] jpeg = null;
        if (c.kind() == PlannedChange.Kind.PHOTO) {
          jpeg = photos.jpeg(c.sourceId(), c.desiredFingerprint());
          run.chunkPhotoBytes += jpeg == null ? 0 : jpeg.length;
        }
        return new MailboxItem(mailboxId, run.folderId, c, versions.get(c.sourceId()), jpeg);
      }
      if (emitted) {
        emitted = false;
        run.passEnded = true;
        return MailboxItem.passEnd(mailboxId);
      }
      // Everything handed out so far is written and committed.
      TargetMailbox t = targets.find(mailboxId);
      // A new contact gets its photo once it has an ID: in the next pass.
      boolean photosDue = run.created && photosOn();
      if ((run.rediff || photosDue || t.isNeedsScan()) && passes < MAX_PASSES) {
        run.rediff = false;
        run.created = false;
        prepare(t.isNeedsScan());
        continue;
      }
      finish(null, null, GraphTrace.NONE);
    }
    return null; // the queue is empty: this worker is done
  }

  private boolean photosOn() {
    return cache.options(job.getExecutionId()).mapping().photos();
  }

  private List<String> idsToLoad(int from) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < Math.min(from + PAGE, changes.size()); i++) {
      PlannedChange c = changes.get(i);
      if (c.kind() == PlannedChange.Kind.CREATE || c.kind() == PlannedChange.Kind.UPDATE) {
        ids.add(c.sourceId());
      }
    }
    return ids;
  }

  /**
   * Ends the mailbox under way (not the worker: it takes the next one): OK, or the mailbox's
   * problem recorded for the administrator.
   */
  private void finish(String code, String message, GraphTrace trace) {
    MailboxRun run = this.run;
    this.run = null;
    String mailboxId = run.mailboxId;
    long execution = job.getExecutionId();
    long instance = job.getInstanceId();
    if (code == null) {
      boolean failures = run.failed > 0;
      records.finish(
          mailboxId,
          failures ? TargetMailbox.Status.FAILED : TargetMailbox.Status.OK,
          failures ? run.failed + " changes failed; last: " + run.lastError : run.note,
          null);
      runs.failed(
          execution,
          instance,
          mailboxId,
          failures ? "FAILED" : "OK",
          failures ? run.lastError : run.note,
          failures ? run.lastCode : null,
          failures ? run.lastTrace : GraphTrace.NONE);
      if (failures) {
        LOG.warning(
            () ->
                "contact-sync run %d: mailbox %s failed: %d changes failed; last: %s, request-id %s"
                    .formatted(
                        execution,
                        mailboxId,
                        run.failed,
                        run.lastError,
                        run.lastTrace == null ? null : run.lastTrace.requestId()));
      }
      return;
    }
    boolean noMailbox = MailboxRecords.NO_MAILBOX_CODES.contains(code);
    String known = MicrosoftErrors.graph(code);
    String advice = known != null ? known + " (" + code + ")" : code + ": " + message;
    records.finish(
        mailboxId,
        noMailbox ? TargetMailbox.Status.NO_MAILBOX : TargetMailbox.Status.FAILED,
        advice,
        noMailbox ? preparation.ownerFingerprint(mailboxId) : null);
    runs.failed(
        execution,
        instance,
        mailboxId,
        noMailbox ? "NO_MAILBOX" : "FAILED",
        advice,
        code,
        noMailbox ? GraphTrace.NONE : trace);
    if (noMailbox) {
      LOG.info(() -> "Mailbox " + mailboxId + " skipped: " + advice);
    } else {
      LOG.warning(
          () ->
              "contact-sync run %d: mailbox %s failed: code %s, request-id %s: %s"
                  .formatted(execution, mailboxId, code, trace.requestId(), advice));
    }
  }

  @Override
  public Serializable checkpointInfo() {
    return null;
  }
}
