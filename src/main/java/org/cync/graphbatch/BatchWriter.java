package org.cync.graphbatch;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Writes contact operations into one mailbox through Graph {@code $batch}: envelopes of up to 20,
 * at most 4 requests in flight per mailbox across all callers, throttled (429/503/504) or dropped
 * requests re-batched after {@code Retry-After} or a jittered backoff, an operation given up after
 * {@code maxAttempts}. One result per operation, in the order given; nothing throws into the
 * caller's other mailboxes. Thread-safe: one instance serves every mailbox of a run.
 *
 * <p>A dropped connection leaves the fate of its requests unknown; they are sent again, so a CREATE
 * that had in fact been applied becomes a duplicate that carries our marker. The full reconcile
 * removes such duplicates.
 */
public final class BatchWriter {
  public static final int MAX_BATCH = 20;
  public static final int MAILBOX_CONCURRENCY = 4;
  public static final int DEFAULT_MAX_ATTEMPTS = 8;

  final BatchTransport transport;
  final WriteStats stats;
  final Sleeper sleeper;
  final Clock clock;
  final int maxAttempts;
  final Backoff backoff;
  final MailboxGates gates = new MailboxGates(MAILBOX_CONCURRENCY);

  public BatchWriter(
      BatchTransport transport,
      WriteStats stats,
      Sleeper sleeper,
      Clock clock,
      int maxAttempts,
      Backoff backoff) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.transport = Objects.requireNonNull(transport);
    this.stats = Objects.requireNonNull(stats);
    this.sleeper = Objects.requireNonNull(sleeper);
    this.clock = Objects.requireNonNull(clock);
    this.maxAttempts = maxAttempts;
    this.backoff = Objects.requireNonNull(backoff);
  }

  public BatchWriter(BatchTransport transport, WriteStats stats, Sleeper sleeper, Clock clock) {
    this(transport, stats, sleeper, clock, DEFAULT_MAX_ATTEMPTS, Backoff.DEFAULT);
  }

  /** A writer over the application's Graph client (its auth, hosts and 401 retry apply). */
  public static BatchWriter over(GraphServiceClient client, WriteStats stats) {
    return new BatchWriter(new GraphBatchTransport(client), stats, Sleeper.REAL, Clock.systemUTC());
  }

  /**
   * As {@link #over(GraphServiceClient, WriteStats)}, and a wait before sending again ends once
   * {@code stopping} says so: its operations come back {@link OperationResult.Outcome#NOT_SENT}.
   */
  public static BatchWriter over(
      GraphServiceClient client, WriteStats stats, java.util.function.BooleanSupplier stopping) {
    return new BatchWriter(
        new GraphBatchTransport(client),
        stats,
        Sleeper.stoppable(Sleeper.REAL, stopping),
        Clock.systemUTC());
  }

  public WriteStats stats() {
    return stats;
  }

  /**
   * Applies the operations to {@code mailbox} (every operation must name it); answers one result
   * per operation in the same order. Blocks while retries wait.
   */
  public List<OperationResult> write(String mailbox, List<ContactOperation> ops) {
    for (ContactOperation op : ops) {
      if (!op.mailbox().equalsIgnoreCase(mailbox)) {
        throw new IllegalArgumentException(
            "Operation " + op.key() + " is for " + op.mailbox() + ", not " + mailbox);
      }
    }
    return new MailboxWrite(this, mailbox, ops).run();
  }

  static SubRequest request(String id, ContactOperation op) {
    String contacts = ContactPaths.contacts(op.mailbox(), op.folderId());
    return switch (op.kind()) {
      case CREATE -> new SubRequest(id, "POST", contacts, op.body());
      case UPDATE ->
          new SubRequest(id, "PATCH", contacts + "/" + segment(op.contactId()), op.body());
      case DELETE -> new SubRequest(id, "DELETE", contacts + "/" + segment(op.contactId()), null);
      case MARK ->
          new SubRequest(
              id, "POST", contacts + "/" + segment(op.contactId()) + "/extensions", op.body());
      case PHOTO ->
          new SubRequest(
              id,
              "PUT",
              contacts + "/" + segment(op.contactId()) + "/photo/$value",
              null,
              op.jpeg());
    };
  }

  /**
   * Percent-encodes a path segment (IDs may hold '/', '+' or '='; a UPN holds '@'). Public for the
   * folder lookups in {@code org.cync.mailbox}, which build the same paths.
   */
  public static String segment(String s) {
    StringBuilder b = new StringBuilder();
    for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~@=".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c & 0xff));
      }
    }
    return b.toString();
  }
}
