package org.cync.graphbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.graph.models.ContactFolder;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.cync.graphbatch.OperationResult.Outcome;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.testing.SandboxConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchWriter} with the real Graph SDK and azure-identity against the sandbox (token over
 * HTTPS, Graph over HTTP): exact end state read back through the sandbox, with and without faults.
 */
class BatchWriterIT {
  static GraphSandbox sandbox;
  static GraphServiceClient client;
  static List<DirectoryUser> withMailbox;
  static DirectoryUser noMailbox;
  final WriteStats stats = new WriteStats();
  final BatchWriter writer = BatchWriter.over(client, stats);

  @BeforeAll
  static void connect() throws Exception {
    sandbox = GraphSandbox.builder().users(50).mailboxes(5).seed(1).start();
    client = SandboxConnection.connect(sandbox, "User.Read.All", "Contacts.ReadWrite");
    client.users().get(r -> r.queryParameters.top = 1); // signed in before anything is timed
    List<DirectoryUser> users =
        sandbox.directory().allUsers().stream().filter(u -> !u.deleted()).toList();
    withMailbox = users.stream().filter(DirectoryUser::mailboxLicensed).toList();
    noMailbox = users.stream().filter(u -> !u.mailboxLicensed()).findFirst().orElseThrow();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clearFaults() {
    sandbox.faults().clear();
    sandbox.latency().clear();
  }

  static String upn(DirectoryUser u) {
    return u.string("userPrincipalName");
  }

  static String newFolder(String mailbox) {
    ContactFolder f = new ContactFolder();
    f.setDisplayName("CYNC " + UUID.randomUUID());
    return client.users().byUserId(mailbox).contactFolders().post(f).getId();
  }

  /** The folder's contacts as stored, by ID. */
  static Map<String, JsonObject> stored(DirectoryUser u, String folderId) {
    Map<String, JsonObject> byId = new HashMap<>();
    for (JsonElement e : MailboxAdmin.contacts(sandbox.mailboxes().mailbox(u.id()), folderId)) {
      JsonObject o = e.getAsJsonObject();
      byId.put(o.get("id").getAsString(), o.getAsJsonObject("stored"));
    }
    return byId;
  }

  /** The real transport, except that the first envelope's answer is lost after Graph ran it. */
  static BatchTransport losingFirstAnswer(AtomicInteger lost) {
    BatchTransport real = new GraphBatchTransport(client);
    AtomicInteger calls = new AtomicInteger();
    return requests -> {
      List<SubResponse> answer = real.send(requests);
      if (calls.incrementAndGet() == 1) {
        lost.incrementAndGet();
        throw new IOException("connection reset (answer lost)");
      }
      return answer;
    };
  }

  static List<ContactOperation> creates(String mailbox, String folder, int n, String prefix) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                ContactOperation.create(
                    mailbox,
                    folder,
                    Map.of(
                        "displayName", prefix + " " + i, "givenName", prefix, "surname", "N" + i),
                    "src-" + i))
        .toList();
  }

  @Test
  void createsThenUpdatesAndDeletesUnderFaultsEndExact() {
    DirectoryUser user = withMailbox.get(0);
    String mailbox = upn(user);
    String folder = newFolder(mailbox);

    long start = System.nanoTime();
    List<OperationResult> created = writer.write(mailbox, creates(mailbox, folder, 120, "Contact"));
    long createMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("BatchWriterIT 120 creates: %d ms, %s%n", createMs, stats);
    assertTrue(created.stream().allMatch(r -> r.outcome() == Outcome.DONE), created.toString());
    Map<String, JsonObject> after = stored(user, folder);
    assertEquals(120, after.size());
    Set<String> names = new HashSet<>();
    after.values().forEach(c -> names.add(c.get("displayName").getAsString()));
    assertEquals(
        IntStream.range(0, 120)
            .mapToObj(i -> "Contact " + i)
            .collect(java.util.stream.Collectors.toSet()),
        names);
    for (OperationResult r : created) {
      assertTrue(after.containsKey(r.contactId()), "the ID we were given is the stored one");
      assertTrue(r.changeKey() != null && !r.changeKey().isEmpty());
    }
    assertEquals(6, stats.httpCalls());
    assertEquals(120, stats.subRequests());

    // Faults on: 10% of sub-requests 429/503 (Retry-After 1 s / 2 s); the sandbox's 1% dropped
    // connections hit plain requests only, so each write also loses the answer of its first
    // envelope after Graph applied it (the worst kind of dropped connection).
    sandbox.faults().rate429 = 0.05;
    sandbox.faults().rate503 = 0.05;
    sandbox.faults().rateDrop = 0.01; // the sandbox drops only plain requests, not $batch
    WriteStats faulty = new WriteStats();
    AtomicInteger lost = new AtomicInteger();
    BatchWriter w =
        new BatchWriter(losingFirstAnswer(lost), faulty, Sleeper.REAL, Clock.systemUTC());
    List<ContactOperation> updates = new ArrayList<>();
    for (OperationResult r : created) {
      int i = Integer.parseInt(r.key().substring(4));
      updates.add(
          ContactOperation.update(
              mailbox,
              folder,
              r.contactId(),
              Map.of("displayName", "Contact " + i + " v2", "jobTitle", "Title " + i),
              r.key()));
    }
    start = System.nanoTime();
    List<OperationResult> updated = w.write(mailbox, updates);
    List<ContactOperation> deletes = new ArrayList<>();
    for (OperationResult r : created.subList(0, 30)) {
      deletes.add(ContactOperation.delete(mailbox, folder, r.contactId(), r.key()));
    }
    w = new BatchWriter(losingFirstAnswer(lost), faulty, Sleeper.REAL, Clock.systemUTC());
    List<OperationResult> deleted = w.write(mailbox, deletes);
    long faultyMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "BatchWriterIT 120 updates + 30 deletes with faults: %d ms, %s, lost answers=%d%n",
        faultyMs, faulty, lost.get());
    assertTrue(updated.stream().allMatch(r -> r.outcome() == Outcome.DONE), updated.toString());
    // A delete whose first answer was lost finds the contact gone on its retry: skipped, not
    // failed.
    assertTrue(deleted.stream().noneMatch(OperationResult::failed), deleted.toString());
    assertTrue(
        deleted.stream().anyMatch(r -> r.outcome() == Outcome.SKIPPED_NOT_FOUND),
        "the deletes of the lost answer were applied and are found gone on retry");
    assertEquals(2, lost.get());
    assertTrue(faulty.throttledResponses() > 0, "faults were injected: " + faulty);

    Map<String, JsonObject> end = stored(user, folder);
    assertEquals(90, end.size());
    Set<String> endNames = new HashSet<>();
    for (OperationResult r : created.subList(30, 120)) {
      int i = Integer.parseInt(r.key().substring(4));
      JsonObject c = end.get(r.contactId());
      assertEquals("Contact " + i + " v2", c.get("displayName").getAsString());
      assertEquals("Title " + i, c.get("jobTitle").getAsString());
      assertEquals("Contact", c.get("givenName").getAsString(), "fields not sent stay");
      endNames.add(c.get("displayName").getAsString());
    }
    assertEquals(90, endNames.size(), "no duplicates");
  }

  @Test
  void aUserWithoutMailboxGetsMailboxNotEnabledForEveryOperation() {
    String mailbox = upn(noMailbox);
    List<OperationResult> results =
        writer.write(mailbox, creates(mailbox, "AAMkAGNvbnRhY3Rz", 45, "Nobody"));
    assertEquals(45, results.size());
    for (OperationResult r : results) {
      assertEquals(Outcome.FAILED, r.outcome());
      assertEquals(404, r.status());
      assertEquals("MailboxNotEnabledForRESTAPI", r.errorCode());
    }
    assertEquals(1, stats.httpCalls(), "no retries and no further envelopes");
  }

  /**
   * Four callers on one mailbox with 20 ms per sub-request: the shared per-mailbox budget keeps
   * Outlook's concurrency limit, so the sandbox's real limiter never answers 429.
   */
  @Test
  void parallelCallersOnOneMailboxStayUnderOutlooksConcurrencyLimit() throws Exception {
    DirectoryUser user = withMailbox.get(1);
    String mailbox = upn(user);
    String folder = newFolder(mailbox);
    sandbox.latency().minMillis = 20;
    sandbox.latency().maxMillis = 20;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<OperationResult>>> calls = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < 4; t++) {
      String prefix = "Caller" + t;
      calls.add(pool.submit(() -> writer.write(mailbox, creates(mailbox, folder, 40, prefix))));
    }
    for (Future<List<OperationResult>> f : calls) {
      assertTrue(f.get(60, TimeUnit.SECONDS).stream().noneMatch(OperationResult::failed));
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    pool.shutdown();
    System.out.printf(
        "BatchWriterIT 4 callers x 40 creates, 20 ms/sub-request: %d ms (bound %d ms), %s%n",
        ms, 160 * 20 / 4, stats);
    assertEquals(0, stats.throttledResponses(), stats.toString());
    assertEquals(160, stored(user, folder).size());
  }
}
