package org.cync.graphbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.cync.graphbatch.OperationResult.Outcome;
import org.junit.jupiter.api.Test;

/** The retry and concurrency rules of {@link BatchWriter}, over a scripted transport. */
class BatchWriterTest {
  static final String MBX = "adele@contoso.example";
  final FakeTransport graph = new FakeTransport();
  final RecordingSleeper sleeper = new RecordingSleeper();
  final WriteStats stats = new WriteStats();
  final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  final BatchWriter writer = new BatchWriter(graph, stats, sleeper, clock);

  static List<ContactOperation> creates(String mailbox, int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                ContactOperation.create(
                    mailbox, "F1", Map.of("displayName", "user" + i), "src-" + i))
        .toList();
  }

  @Test
  void chunksIntoTwentiesWithUniqueIdsAndMatchesShuffledAnswersById() {
    List<OperationResult> results = writer.write(MBX, creates(MBX, 45));
    assertEquals(List.of(20, 20, 5), graph.sizes());
    Set<String> ids = new HashSet<>();
    graph.sent.forEach(env -> env.forEach(r -> assertTrue(ids.add(r.id()), "unique " + r.id())));
    assertEquals(
        "/users/adele@contoso.example/contactFolders/F1/contacts", graph.sent.get(0).get(0).url());
    for (int i = 0; i < 45; i++) {
      OperationResult r = results.get(i);
      assertEquals("src-" + i, r.key());
      assertEquals(Outcome.DONE, r.outcome());
      assertEquals("c-user" + i, r.contactId(), "the answer of its own sub-request");
      assertEquals("k1", r.changeKey());
    }
    assertEquals(3, stats.httpCalls());
    assertEquals(45, stats.subRequests());
    assertTrue(sleeper.waits.isEmpty());
  }

  @Test
  void retryAfterOfEachSubResponseIsHonouredAndOnlyTheFailedAreRebatched() {
    graph.answer =
        r -> {
          if (graph.sent.size() == 1 && r.id().equals("3")) {
            return FakeTransport.error(r, 429, "ApplicationThrottled", "7");
          }
          if (graph.sent.size() == 1 && r.id().equals("8")) {
            return FakeTransport.error(r, 503, "serviceNotAvailable", "2");
          }
          if (graph.sent.size() == 1 && r.id().equals("9")) {
            return FakeTransport.error(r, 504, "GatewayTimeout", null);
          }
          return FakeTransport.created(r);
        };
    List<OperationResult> results = writer.write(MBX, creates(MBX, 12));
    assertEquals(List.of(12, 3), graph.sizes());
    assertEquals(
        Set.of("3", "8", "9"),
        new HashSet<>(graph.sent.get(1).stream().map(SubRequest::id).toList()));
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits, "the longest Retry-After");
    assertTrue(results.stream().allMatch(r -> r.outcome() == Outcome.DONE), results.toString());
    assertEquals("c-user3", results.get(3).contactId());
    assertEquals(3, stats.throttledResponses());
    assertEquals(3, stats.retries());
    assertEquals(7000, stats.waitedMillis(), "the time waited on Retry-After");
  }

  @Test
  void aRunsFiguresCountApartFromTheTotal() {
    GraphTraffic traffic = new GraphTraffic();
    new BatchWriter(graph, traffic.forWriter(), sleeper, clock).write(MBX, creates(MBX, 3));
    traffic.startRun();
    new BatchWriter(graph, traffic.forWriter(), sleeper, clock).write(MBX, creates(MBX, 25));
    assertEquals(2, traffic.run().httpCalls(), "only the second run's envelopes");
    assertEquals(3, traffic.total().httpCalls());
  }

  @Test
  void aRefusedOperationCarriesTheRequestIdItsAnswerGave() {
    graph.answer =
        r ->
            r.id().equals("1")
                ? new SubResponse(
                    r.id(),
                    403,
                    Map.of(),
                    Map.of(
                        "error",
                        Map.of(
                            "code",
                            "ErrorAccessDenied",
                            "message",
                            "Access is denied.",
                            "innerError",
                            Map.of(
                                "request-id", "req-7",
                                "client-request-id", "cli-7",
                                "date", "2026-03-04T05:06:07"))))
                : FakeTransport.created(r);
    List<OperationResult> results = writer.write(MBX, creates(MBX, 3));
    OperationResult r = results.get(1);
    assertEquals(Outcome.FAILED, r.outcome());
    assertEquals("ErrorAccessDenied", r.errorCode());
    assertEquals(new GraphTrace("req-7", "cli-7", "2026-03-04T05:06:07Z"), r.trace());
    assertTrue(results.get(0).trace().isEmpty(), "a done operation has no trace");
  }

  @Test
  void givesUpAfterMaxAttempts() {
    graph.answer =
        r ->
            r.id().equals("1")
                ? FakeTransport.error(r, 429, "ApplicationThrottled", "1")
                : FakeTransport.created(r);
    List<OperationResult> results = writer.write(MBX, creates(MBX, 3));
    assertEquals(BatchWriter.DEFAULT_MAX_ATTEMPTS, graph.sent.size());
    OperationResult r = results.get(1);
    assertEquals(Outcome.FAILED, r.outcome());
    assertEquals(429, r.status());
    assertEquals("ApplicationThrottled", r.errorCode());
    assertTrue(r.errorMessage().startsWith("Gave up after 8 attempts"), r.errorMessage());
    assertEquals(7, sleeper.waits.size());
    assertEquals(Outcome.DONE, results.get(0).outcome());
    assertEquals(1, stats.failures());
  }

  @Test
  void mailboxNotEnabledFailsEveryOperationAtOnce() {
    graph.answer = r -> FakeTransport.error(r, 404, "MailboxNotEnabledForRESTAPI", null);
    List<OperationResult> results = writer.write(MBX, creates(MBX, 50));
    assertEquals(1, graph.sent.size(), "no retries, no further envelopes");
    assertEquals(50, results.size());
    for (OperationResult r : results) {
      assertEquals(Outcome.FAILED, r.outcome());
      assertEquals(404, r.status());
      assertEquals("MailboxNotEnabledForRESTAPI", r.errorCode());
    }
    assertTrue(sleeper.waits.isEmpty());
  }

  @Test
  void goneContactsAreSkippedAndOtherErrorsFailOnlyTheirOperation() {
    List<ContactOperation> ops =
        List.of(
            ContactOperation.delete(MBX, "F1", "gone-1", "a"),
            ContactOperation.update(MBX, "F1", "gone-2", Map.of("jobTitle", "x"), "b"),
            ContactOperation.create(MBX, "F1", Map.of("displayName", "bad"), "c"),
            ContactOperation.create(MBX, "F1", Map.of("displayName", "ok"), "d"),
            ContactOperation.delete(MBX, "F1", "denied", "e"));
    graph.answer =
        r -> {
          if (r.url().contains("gone-")) {
            return FakeTransport.error(r, 404, "ErrorItemNotFound", null);
          }
          if (r.body() != null && "bad".equals(r.body().get("displayName"))) {
            return FakeTransport.error(r, 400, "ErrorInvalidProperty", null);
          }
          if (r.url().endsWith("/denied")) {
            return FakeTransport.error(r, 403, "ErrorAccessDenied", null);
          }
          return FakeTransport.created(r);
        };
    List<OperationResult> results = writer.write(MBX, ops);
    assertEquals(1, graph.sent.size());
    assertEquals("DELETE", graph.sent.get(0).get(0).method());
    assertEquals("PATCH", graph.sent.get(0).get(1).method());
    assertEquals(Outcome.SKIPPED_NOT_FOUND, results.get(0).outcome());
    assertEquals(Outcome.SKIPPED_NOT_FOUND, results.get(1).outcome());
    assertEquals(Outcome.FAILED, results.get(2).outcome());
    assertEquals("ErrorInvalidProperty", results.get(2).errorCode());
    assertEquals(400, results.get(2).status());
    assertEquals(Outcome.DONE, results.get(3).outcome());
    assertEquals(Outcome.FAILED, results.get(4).outcome());
    assertEquals(403, results.get(4).status());
  }

  @Test
  void aMissingFolderFailsACreateRatherThanSkippingIt() {
    graph.answer = r -> FakeTransport.error(r, 404, "ErrorItemNotFound", null);
    OperationResult r = writer.write(MBX, creates(MBX, 1)).get(0);
    assertEquals(Outcome.FAILED, r.outcome());
  }

  @Test
  void envelopeThrottlingAndDroppedConnectionsAreRetried() {
    AtomicInteger calls = new AtomicInteger();
    graph.envelope =
        reqs -> {
          switch (calls.incrementAndGet()) {
            case 1:
              throw new BatchRejected(429, "5", "TooManyRequests", "slow down");
            case 2:
              throw new IOException("connection reset");
            default:
              return reqs.stream().map(FakeTransport::created).toList();
          }
        };
    List<OperationResult> results = writer.write(MBX, creates(MBX, 4));
    assertEquals(3, graph.sent.size());
    assertTrue(results.stream().allMatch(r -> r.outcome() == Outcome.DONE));
    assertEquals(Duration.ofSeconds(5), sleeper.waits.get(0));
    Duration backoff = sleeper.waits.get(1); // 2nd attempt failed: 1 s << 1, half to full
    assertTrue(
        backoff.compareTo(Duration.ofSeconds(1)) >= 0
            && backoff.compareTo(Duration.ofSeconds(2)) <= 0,
        backoff.toString());
    assertEquals(8, stats.retries());
    assertEquals(1, stats.throttledResponses());
  }

  @Test
  void aRejectedEnvelopeFailsItsOperationsWithoutRetry() {
    graph.envelope =
        reqs -> {
          throw new BatchRejected(400, null, "BadRequest", "Invalid batch payload format.");
        };
    List<OperationResult> results = writer.write(MBX, creates(MBX, 2));
    assertEquals(1, graph.sent.size());
    assertTrue(results.stream().allMatch(r -> r.failed() && r.status() == 400));
  }

  @Test
  void atMostFourRequestsPerMailboxUnderSixteenCallers() throws Exception {
    graph.holdMillis = 3;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<List<OperationResult>>> calls = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      int size = 1 + t * 3; // small and large envelopes mixed
      calls.add(pool.submit(() -> writer.write(MBX, creates(MBX, size))));
    }
    for (Future<List<OperationResult>> f : calls) {
      assertTrue(f.get(30, TimeUnit.SECONDS).stream().noneMatch(OperationResult::failed));
    }
    pool.shutdown();
    assertTrue(graph.maxInFlight.get() <= 4, "sub-requests in flight: " + graph.maxInFlight);
    assertTrue(graph.maxEnvelopesInFlight.get() <= 4, "envelopes: " + graph.maxEnvelopesInFlight);
    assertTrue(graph.maxInFlight.get() >= 2, "small envelopes did share the mailbox");
  }

  @Test
  void aBusyMailboxDoesNotHoldUpAnother() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    graph.envelope =
        reqs -> {
          if (reqs.get(0).url().startsWith("/users/slow")) {
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              throw new IOException(e);
            }
          }
          return reqs.stream().map(FakeTransport::created).toList();
        };
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> slow = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      slow.add(pool.submit(() -> writer.write("slow", creates("slow", 20))));
    }
    List<OperationResult> fast =
        pool.submit(() -> writer.write("fast", creates("fast", 20))).get(5, TimeUnit.SECONDS);
    assertTrue(fast.stream().noneMatch(OperationResult::failed));
    release.countDown();
    for (Future<?> f : slow) {
      f.get(10, TimeUnit.SECONDS);
    }
    pool.shutdown();
  }

  @Test
  void anUnexpectedErrorFailsTheOperationsInsteadOfThrowing() {
    graph.envelope =
        reqs -> {
          throw new IllegalStateException("sign-in failed");
        };
    List<OperationResult> results = writer.write(MBX, creates(MBX, 3));
    assertTrue(results.stream().allMatch(r -> r.failed() && "ClientError".equals(r.errorCode())));
  }

  @Test
  void pathSegmentsAreEncoded() {
    SubRequest r =
        BatchWriter.request(
            "0", ContactOperation.delete("a b@x.example", "AA/BB+C==", "id/1", "k"));
    assertEquals("/users/a%20b@x.example/contactFolders/AA%2FBB%2BC==/contacts/id%2F1", r.url());
  }

  @Test
  void aStopEndsARetryAfterWaitAndLeavesTheUnsentOperationsUnsent() {
    java.util.concurrent.atomic.AtomicBoolean stopping =
        new java.util.concurrent.atomic.AtomicBoolean();
    RecordingSleeper slices =
        new RecordingSleeper() {
          @Override
          public void sleep(Duration d) {
            super.sleep(d);
            if (waits.size() == 3) {
              stopping.set(true); // the stop comes 1.5 s into a 600 s Retry-After
            }
          }
        };
    BatchWriter stoppable =
        new BatchWriter(graph, stats, Sleeper.stoppable(slices, stopping::get), clock);
    graph.answer =
        r ->
            r.id().equals("1")
                ? FakeTransport.error(r, 429, "ApplicationThrottled", "600")
                : FakeTransport.created(r);
    List<OperationResult> results = stoppable.write(MBX, creates(MBX, 3));
    assertEquals(1, graph.sent.size(), "not sent again after the stop");
    assertEquals(Outcome.DONE, results.get(0).outcome(), "an answer in flight is kept");
    assertEquals(Outcome.NOT_SENT, results.get(1).outcome());
    assertTrue(results.get(1).notSent() && !results.get(1).failed());
    assertEquals(Outcome.DONE, results.get(2).outcome());
    assertEquals(List.of(Sleeper.SLICE, Sleeper.SLICE, Sleeper.SLICE), slices.waits);
    assertEquals(0, stats.failures(), "a stop is not a failure");
    assertTrue(!Thread.currentThread().isInterrupted(), "the chunk can still commit");
  }

  @Test
  void aStoppableWaitWithoutAStopWaitsTheWholeTimeInSlices() throws InterruptedException {
    Sleeper.stoppable(sleeper, () -> false).sleep(Duration.ofMillis(1200));
    assertEquals(
        List.of(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(200)),
        sleeper.waits);
  }
}
