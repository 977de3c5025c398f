package org.cync.sync;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cync.connection.Connection;
import org.cync.graphbatch.BatchWriter;
import org.cync.graphbatch.ContactOperation;
import org.cync.graphbatch.OperationResult;
import org.cync.mailbox.ChunkRecords;
import org.cync.mailbox.MailboxRecords;
import org.cync.mailbox.PlannedChange;

/**
 * Sends one chunk of a mailbox's changes in {@code $batch}es ({@link BatchWriter}) and records what
 * was applied in the chunk's transaction, so Derby says exactly what the mailbox holds up to the
 * last commit. A create whose answer was lost marks the mailbox for a scan (it may have left a
 * copy); a mailbox that turns out to have no Exchange Online, or a vanished folder, is passed back
 * to the reader. A stop ({@code JobOperator.stop}) lets the chunk's {@code $batch}es in flight
 * finish and records their answers; a wait on {@code Retry-After} ends early and leaves its
 * operations unsent, for the restart to plan again.
 */
@Dependent
@Named
public class MailboxWriter extends AbstractItemWriter {
  @Inject StepContext step;
  @Inject JobContext job;
  @Inject MailboxRecords records;
  @Inject RunMailboxes runs;
  @Inject Connection connection;
  @Inject org.cync.graphbatch.GraphTraffic traffic;

  private BatchWriter writer;

  @Override
  public void writeItems(List<Object> items) {
    MailboxRun run = (MailboxRun) step.getTransientUserData();
    List<ContactOperation> ops = new ArrayList<>();
    for (Object o : items) {
      MailboxWriteItem item = (MailboxWriteItem) o;
      if (item.change() != null && item.operation() != null) {
        ops.add(item.operation());
      }
    }
    Map<String, OperationResult> results = new HashMap<>();
    if (!ops.isEmpty()) {
      for (OperationResult r : batchWriter().write(run.mailboxId, ops)) {
        results.put(r.key(), r);
      }
    }
    long[] counts = new long[4]; // created, updated, deleted, failed
    ChunkRecords recorded =
        new ChunkRecords(); // one container call for the chunk, not one per contact
    boolean doubt = false;
    for (Object o : items) {
      MailboxWriteItem item = (MailboxWriteItem) o;
      if (item.change() == null) {
        continue; // the end of a pass
      }
      OperationResult r = results.get(item.key());
      doubt |= r != null && r.doubtful() && item.change().kind() == PlannedChange.Kind.CREATE;
      record(run, item.change(), r, counts, recorded);
    }
    if (!recorded.isEmpty()) {
      records.apply(run.mailboxId, recorded);
    }
    if (doubt) {
      records.needsScan(run.mailboxId);
    }
    runs.add(
        job.getExecutionId(),
        job.getInstanceId(),
        run.mailboxId,
        counts[0],
        counts[1],
        counts[2],
        counts[3]);
  }

  private void record(
      MailboxRun run, PlannedChange c, OperationResult r, long[] counts, ChunkRecords recorded) {
    if (r == null) { // nothing needed sending: the fields CYNC owns already match
      if (c.kind() == PlannedChange.Kind.UPDATE) {
        recorded.written(c.sourceId(), c.contactId(), c.desiredFingerprint());
      }
      return;
    }
    if (r.notSent()) { // the run is stopping: not sent again, so nothing changed; a restart replans
      return;
    }
    if (r.failed()) {
      if (c.kind() == PlannedChange.Kind.PHOTO && r.status() >= 400 && r.status() < 500) {
        // Exchange refused this photo (its size, its format): not tried again until it changes,
        // and no reason to fail the mailbox and have it rescanned at every run.
        recorded.photo(c.sourceId(), c.desiredFingerprint());
        run.note =
            "Exchange refused the photo of "
                + c.sourceId()
                + " ("
                + r.errorCode()
                + ": "
                + r.errorMessage()
                + "); it is tried again when the photo changes.";
        return;
      }
      if (MailboxRecords.NO_MAILBOX_CODES.contains(r.errorCode())) {
        run.goneCode = r.errorCode();
        run.goneMessage = r.errorMessage();
        run.goneTrace = r.trace();
      } else if (c.kind() == PlannedChange.Kind.CREATE
          && r.status() == 404
          && "ErrorItemNotFound".equals(r.errorCode())) {
        run.folderLost = true;
      } else {
        counts[3]++;
        run.failed++;
        run.lastError =
            c.kind() + " " + c.sourceId() + ": " + r.errorCode() + " " + r.errorMessage();
        run.lastCode = r.errorCode();
        run.lastTrace = r.trace();
      }
      return;
    }
    boolean done = r.outcome() == OperationResult.Outcome.DONE;
    switch (c.kind()) {
      case CREATE -> {
        recorded.created(c.sourceId(), r.contactId(), c.desiredFingerprint());
        run.created = true;
        counts[0]++;
      }
      case UPDATE -> {
        if (done) {
          recorded.written(c.sourceId(), c.contactId(), c.desiredFingerprint());
          counts[1]++;
        } else { // deleted by the user: create it again in this run
          recorded.gone(c.sourceId());
          run.rediff = true;
        }
      }
      case DELETE -> {
        recorded.gone(c.sourceId());
        counts[2] += done ? 1 : 0;
      }
      case DISCARD -> counts[2] += done ? 1 : 0;
      case REPLACE -> { // gone either way; the next pass creates it again, without the photo
        recorded.gone(c.sourceId());
        run.rediff = true;
        counts[1]++;
      }
      case PHOTO -> {
        if (done) {
          recorded.photo(c.sourceId(), c.desiredFingerprint());
          counts[1]++;
        } else {
          recorded.gone(c.sourceId());
          run.rediff = true;
        }
      }
      case MARK -> {
        if (!done) {
          recorded.gone(c.sourceId());
          run.rediff = true;
        }
      }
    }
  }

  /** Whether {@code JobOperator.stop} reached this partition (its step or its sub-job). */
  private boolean stopping() {
    return step.getBatchStatus() == BatchStatus.STOPPING
        || job.getBatchStatus() == BatchStatus.STOPPING;
  }

  private BatchWriter batchWriter() {
    if (writer == null) {
      writer = BatchWriter.over(connection.graphWrites(), traffic.forWriter(), this::stopping);
    }
    return writer;
  }
}
