package org.cync.graphbatch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.cync.graphbatch.ContactOperation.Kind;

/**
 * One {@link BatchWriter#write} call: rounds of envelopes over the still-pending operations; a
 * round collects the retryable ones and the latest time the server asked us to wait, and the next
 * round re-batches only those. Sub-request IDs are the operations' positions, so they are unique
 * within any envelope and survive re-batching.
 */
final class MailboxWrite {
  private static final Logger LOG = Logger.getLogger(MailboxWrite.class.getName());
  private static final Set<String> MAILBOX_GONE =
      Set.of("MailboxNotEnabledForRESTAPI", "ErrorInvalidUser");

  private final BatchWriter w;
  private final String mailbox;
  private final List<ContactOperation> ops;
  private final OperationResult[] results;
  private final int[] attempts;
  private final boolean[] doubtful;

  /** Request-id, client-request-id and date of each operation's latest answer. */
  private final GraphTrace[] traces;

  private List<Integer> retry = new ArrayList<>();
  private Instant notBefore;

  MailboxWrite(BatchWriter w, String mailbox, List<ContactOperation> ops) {
    this.w = w;
    this.mailbox = mailbox;
    this.ops = List.copyOf(ops);
    this.results = new OperationResult[ops.size()];
    this.attempts = new int[ops.size()];
    this.doubtful = new boolean[ops.size()];
    this.traces = new GraphTrace[ops.size()];
  }

  /** Thrown out of a round when Exchange says the mailbox cannot be written at all. */
  private static final class MailboxGone extends Exception {
    final String code;
    final transient GraphTrace trace;

    MailboxGone(String code, String message, GraphTrace trace) {
      super(message, null, false, false);
      this.code = code;
      this.trace = trace;
    }
  }

  List<OperationResult> run() {
    List<Integer> pending = IntStream.range(0, ops.size()).boxed().toList();
    try {
      while (!pending.isEmpty()) {
        waitUntil(notBefore);
        retry = new ArrayList<>();
        notBefore = null;
        for (int from = 0; from < pending.size(); from += BatchWriter.MAX_BATCH) {
          send(pending.subList(from, Math.min(from + BatchWriter.MAX_BATCH, pending.size())));
        }
        pending = retry;
      }
    } catch (MailboxGone g) {
      LOG.info(() -> "Mailbox " + mailbox + " cannot be written: " + g.code);
      unresolved(404, g.code, g.getMessage(), g.trace);
    } catch (Sleeper.Cancelled stopping) {
      LOG.info(() -> "Mailbox " + mailbox + ": the run is stopping; unsent writes are left.");
      for (int i = 0; i < results.length; i++) {
        if (results[i] == null) {
          results[i] = OperationResult.notSent(ops.get(i).key(), doubtful[i]);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      unresolved(0, "Interrupted", "CYNC stopped before this write was confirmed.", null);
    }
    return Arrays.asList(results);
  }

  private void waitUntil(Instant at) throws InterruptedException {
    if (at != null) {
      Duration d = Duration.between(w.clock.instant(), at);
      if (!d.isNegative() && !d.isZero()) {
        w.stats.waited(d.toMillis());
        w.sleeper.sleep(d);
      }
    }
  }

  private void send(List<Integer> chunk) throws InterruptedException, MailboxGone {
    List<SubRequest> requests = new ArrayList<>();
    for (int i : chunk) {
      requests.add(BatchWriter.request(String.valueOf(i), ops.get(i)));
      if (attempts[i]++ > 0) {
        w.stats.retry();
      }
    }
    w.stats.envelope(requests.size());
    List<SubResponse> responses;
    int permits = w.gates.acquire(mailbox, requests.size());
    try {
      responses = w.transport.send(requests);
    } catch (IOException e) {
      chunk.forEach(i -> traces[i] = null); // no answer: nothing to quote
      chunk.forEach(i -> again(i, 0, null, "ConnectionFailed", String.valueOf(e.getMessage())));
      return;
    } catch (BatchRejected e) {
      rejected(chunk, e);
      return;
    } catch (RuntimeException e) {
      chunk.forEach(i -> traces[i] = null);
      chunk.forEach(i -> fail(i, 0, "ClientError", e.toString()));
      return;
    } finally {
      w.gates.release(mailbox, permits);
    }
    answers(chunk, responses);
  }

  private void rejected(List<Integer> chunk, BatchRejected e) throws MailboxGone {
    w.stats.answered(e.status());
    chunk.forEach(i -> traces[i] = e.trace());
    if (MAILBOX_GONE.contains(e.code())) {
      throw new MailboxGone(e.code(), e.getMessage(), e.trace());
    }
    if (retryable(e.status())) {
      w.stats.throttled();
      chunk.forEach(i -> again(i, e.status(), e.retryAfter(), e.code(), e.getMessage()));
    } else {
      chunk.forEach(i -> fail(i, e.status(), e.code(), e.getMessage()));
    }
  }

  private void answers(List<Integer> chunk, List<SubResponse> responses) throws MailboxGone {
    Set<Integer> open = new HashSet<>(chunk);
    MailboxGone gone = null;
    for (SubResponse r : responses) {
      w.stats.answered(r.status());
      Integer i = index(r.id());
      if (i == null || !open.remove(i)) {
        continue; // not one of ours, or answered twice
      }
      // Only a failure quotes its trace: a success (nearly every answer) skips working it out.
      traces[i] = r.status() >= 200 && r.status() < 300 ? null : r.trace();
      if (r.status() == 404 && MAILBOX_GONE.contains(r.errorCode())) {
        gone = new MailboxGone(r.errorCode(), r.errorMessage(), r.trace());
      } else {
        answer(i, r);
      }
    }
    if (gone != null) {
      throw gone;
    }
    open.forEach(i -> traces[i] = null);
    open.forEach(i -> again(i, 0, null, "NoResponse", "The batch response did not answer it."));
  }

  private void answer(int i, SubResponse r) {
    ContactOperation op = ops.get(i);
    int s = r.status();
    if (s >= 200 && s < 300) {
      boolean create = op.kind() == Kind.CREATE;
      if (op.kind() == Kind.PHOTO) {
        w.stats.photo();
      }
      results[i] =
          OperationResult.done(
              op.key(),
              s,
              create ? r.string("id") : null,
              create ? r.string("changeKey") : null,
              doubtful[i]);
    } else if (s == 404 && "ErrorItemNotFound".equals(r.errorCode()) && op.kind() != Kind.CREATE) {
      results[i] = OperationResult.notFound(op.key(), r.errorCode(), r.errorMessage(), doubtful[i]);
    } else if (retryable(s)) {
      w.stats.throttled();
      again(i, s, r.header("Retry-After"), r.errorCode(), r.errorMessage());
    } else {
      fail(i, s, r.errorCode(), r.errorMessage());
    }
  }

  private void again(int i, int status, String retryAfter, String code, String message) {
    if (status == 0 || status == 504) {
      doubtful[i] = true; // no answer, or a gateway timeout: it may have been applied
    }
    if (attempts[i] >= w.maxAttempts) {
      fail(i, status, code, "Gave up after " + attempts[i] + " attempts: " + message);
      return;
    }
    retry.add(i);
    Instant at = w.clock.instant().plus(w.backoff.delay(retryAfter, attempts[i], w.clock));
    if (notBefore == null || at.isAfter(notBefore)) {
      notBefore = at;
    }
  }

  private void fail(int i, int status, String code, String message) {
    results[i] =
        OperationResult.failed(ops.get(i).key(), status, code, message, doubtful[i], traces[i]);
    w.stats.failure();
  }

  private void unresolved(int status, String code, String message, GraphTrace trace) {
    for (int i = 0; i < results.length; i++) {
      if (results[i] == null) {
        traces[i] = trace;
        fail(i, status, code, message);
      }
    }
  }

  private Integer index(String id) {
    try {
      int i = Integer.parseInt(id);
      return i >= 0 && i < ops.size() ? i : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean retryable(int status) {
    return status == 429 || status == 503 || status == 504;
  }
}
