package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.reflect.TypeToken;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cync.contacts.Marker;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.testing.ConnectedTenant;
import org.cync.testing.CyncServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole contact-sync job in {@code cync.jar} against a sandbox tenant, end state read back from
 * the sandbox's own store: initial sync, nothing-changed, changes, leavers, users' own contacts,
 * repair by reconcile, faults, and a kill -9 in the middle of the mailbox phase.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactSyncIT {
  static final String FOLDER = SyncOptions.DEFAULT_FOLDER;
  static final Gson GSON = new Gson();
  static GraphSandbox sandbox;
  static Path data;
  static CyncServer server;

  @BeforeAll
  static void start() throws Exception {
    sandbox = GraphSandbox.builder().users(60).mailboxes(6).seed(11).start();
    data = CyncServer.freshDataDir("contact-sync");
    server = CyncServer.start(data);
    ConnectedTenant.connect(server, sandbox);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  /** Enabled members with mail: who should be a contact, and (with a mailbox) a target. */
  static Map<String, String> expectedSources() {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().allUsers().stream()
                    .filter(ContactSyncIT::enabledMemberWithMail)
                    .collect(
                        Collectors.toMap(
                            DirectoryUser::id,
                            u -> u.string("displayName"),
                            (a, b) -> a,
                            TreeMap::new)));
  }

  static boolean enabledMemberWithMail(DirectoryUser u) {
    return !u.deleted()
        && u.get("accountEnabled").getAsBoolean()
        && !"Guest".equals(u.string("userType"))
        && u.string("mail") != null;
  }

  static List<String> targetMailboxes() {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().allUsers().stream()
                    .filter(u -> enabledMemberWithMail(u) && u.mailboxLicensed())
                    .map(DirectoryUser::id)
                    .sorted()
                    .toList());
  }

  static String folderId(Mailbox m) {
    for (JsonElement f : MailboxAdmin.folders(m)) {
      if (FOLDER.equals(f.getAsJsonObject().get("displayName").getAsString())) {
        return f.getAsJsonObject().get("id").getAsString();
      }
    }
    return null;
  }

  /** Our contacts in the mailbox's folder: source ID → display names (a list, to see copies). */
  static Map<String, List<String>> ours(String mailboxId) {
    Mailbox m = sandbox.mailboxes().mailbox(mailboxId);
    String folder = folderId(m);
    Map<String, List<String>> out = new TreeMap<>();
    if (folder == null) {
      return out;
    }
    for (JsonElement c : MailboxAdmin.contacts(m, folder)) {
      Map<String, Object> stored =
          GSON.fromJson(
              c.getAsJsonObject().get("stored"), new TypeToken<Map<String, Object>>() {}.getType());
      Marker.sourceIdOf(stored)
          .ifPresent(
              id ->
                  out.computeIfAbsent(id, k -> new ArrayList<>())
                      .add((String) stored.get("displayName")));
    }
    return out;
  }

  /** Every target mailbox holds every source exactly once, by name, and nothing else of ours. */
  static void assertExactEndState() {
    Map<String, String> expected = expectedSources();
    List<String> targets = targetMailboxes();
    assertTrue(targets.size() >= 4, "targets with a mailbox: " + targets);
    for (String mailbox : targets) {
      Map<String, List<String>> actual = ours(mailbox);
      Map<String, List<String>> wanted = new TreeMap<>();
      expected.forEach((id, name) -> wanted.put(id, List.of(name)));
      assertEquals(wanted, actual, "contacts of ours in mailbox " + mailbox);
    }
  }

  static long writes() {
    var c = sandbox.counters().toJson().getAsJsonObject("byEndpoint");
    long n = 0;
    for (var e : c.entrySet()) {
      String k = e.getKey();
      if (k.contains("/contacts") && !k.startsWith("GET")) {
        n += e.getValue().getAsLong();
      }
    }
    return n;
  }

  static String endpointCounts() {
    return sandbox.counters().toJson().getAsJsonObject("byEndpoint").toString();
  }

  static JsonObject runToTheEnd(String parameters) {
    var started = server.postJson("/api/runs", parameters);
    assertEquals(202, started.statusCode(), started.body());
    return awaitEnd(CyncServer.parse(started.body()).getJsonNumber("executionId").longValue());
  }

  static JsonObject awaitEnd(long id) {
    Instant deadline = Instant.now().plusSeconds(240);
    while (Instant.now().isBefore(deadline)) {
      JsonObject run = server.getJson("/api/runs/" + id).asJsonObject();
      String status = run.getString("status");
      if (!status.equals("STARTING") && !status.equals("STARTED")) {
        return run;
      }
      sleep(200);
    }
    throw new AssertionError("run " + id + " did not end in time; log:\n" + server.log());
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static void assertCompleted(JsonObject run) {
    assertEquals("COMPLETED", run.getString("status"), run + "\n" + tail());
    assertEquals("COMPLETED", run.getString("exitStatus"), run.toString());
  }

  static String tail() {
    String log = server.log();
    return log.substring(Math.max(0, log.length() - 6000));
  }

  static List<JsonObject> mailboxesOf(JsonObject run) {
    return server
        .getJson("/api/runs/" + run.getJsonNumber("executionId").longValue() + "/mailboxes")
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }

  @Test
  @Order(1)
  void theFirstRunWritesEverySourceIntoEveryMailboxOnceAndSkipsUsersWithoutAMailbox() {
    JsonObject run = runToTheEnd("{}");
    assertCompleted(run);
    assertExactEndState();
    List<JsonObject> rows = mailboxesOf(run);
    long skipped = rows.stream().filter(r -> r.getString("outcome").equals("NO_MAILBOX")).count();
    long ok = rows.stream().filter(r -> r.getString("outcome").equals("OK")).count();
    assertEquals(targetMailboxes().size(), ok, rows.toString());
    assertTrue(skipped > 10, "enabled members with mail but no Exchange mailbox: " + skipped);
    assertTrue(
        rows.stream()
            .filter(r -> r.getString("outcome").equals("NO_MAILBOX"))
            .allMatch(r -> r.getString("message").contains("no Exchange Online mailbox")),
        rows.toString());
    assertTrue(expectedSources().values().stream().anyMatch(n -> !n.matches("\\p{ASCII}*")));
  }

  @Test
  @Order(2)
  void aRunWithNothingChangedWritesNothingAndAsksGraphAlmostNothing() {
    long total = sandbox.counters().total();
    long writes = writes();
    JsonObject run = runToTheEnd("{}");
    assertCompleted(run);
    assertEquals(writes, writes(), endpointCounts());
    assertTrue(
        sandbox.counters().total() - total <= 2,
        "one delta request (and perhaps a token): " + endpointCounts());
  }

  @Test
  @Order(3)
  void changedUsersArePatchedAndLeaversRemovedWhileUsersOwnContactsStay() throws Exception {
    String mailbox = targetMailboxes().get(0);
    Mailbox m = sandbox.mailboxes().mailbox(mailbox);
    com.google.gson.JsonObject own = new com.google.gson.JsonObject();
    own.addProperty("displayName", "Mum");
    List<String> ownIds =
        new ArrayList<>(MailboxAdmin.createContacts(m, folderId(m), List.of(own), 0));
    ownIds.addAll(MailboxAdmin.createContacts(m, null, List.of(own), 0));

    List<String> changed = sandbox.mutator().changeUsers(3);
    String leaver =
        expectedSources().keySet().stream()
            .filter(id -> !changed.contains(id) && !targetMailboxes().contains(id))
            .findFirst()
            .orElseThrow();
    sandbox.directory().update(leaver, Map.of("accountEnabled", new JsonPrimitive(false)));
    JsonObject run = runToTheEnd("{}");
    assertCompleted(run);
    assertExactEndState();
    List<JsonObject> rows = mailboxesOf(run);
    long targets = targetMailboxes().size();
    long changedSources = changed.stream().filter(expectedSources()::containsKey).count();
    assertEquals(
        targets * changedSources,
        rows.stream().mapToLong(r -> r.getJsonNumber("updated").longValue()).sum(),
        rows.toString());
    assertEquals(
        targets, rows.stream().mapToLong(r -> r.getJsonNumber("deleted").longValue()).sum());
    assertEquals(0, rows.stream().mapToLong(r -> r.getJsonNumber("created").longValue()).sum());
    Set<String> still = new java.util.HashSet<>();
    for (JsonElement c : MailboxAdmin.contacts(m, folderId(m))) {
      still.add(c.getAsJsonObject().get("id").getAsString());
    }
    for (JsonElement c : MailboxAdmin.contacts(m, "default")) {
      still.add(c.getAsJsonObject().get("id").getAsString());
    }
    assertTrue(still.containsAll(ownIds), "the user's own contacts are untouched");
  }

  @Test
  @Order(4)
  void aFullReconcileRepairsWhatUsersDeletedEditedOrCopied() throws Exception {
    String mailbox = targetMailboxes().get(1);
    Mailbox m = sandbox.mailboxes().mailbox(mailbox);
    String folder = folderId(m);
    JsonArray contacts = MailboxAdmin.contacts(m, folder);
    String deleted = contacts.get(0).getAsJsonObject().get("id").getAsString();
    com.google.gson.JsonObject copy =
        contacts.get(1).getAsJsonObject().getAsJsonObject("stored").deepCopy();
    copy.remove("id");
    for (JsonElement e : copy.getAsJsonArray("extensions")) {
      e.getAsJsonObject().remove("id");
      e.getAsJsonObject().addProperty("@odata.type", "microsoft.graph.openTypeExtension");
    }
    MailboxAdmin.createContacts(m, folder, List.of(copy), 0);
    // A user deletes one contact in Outlook (the copy above, marker included, is like one an
    // export/import or a second sync tool makes).
    var graph = org.cync.testing.SandboxConnection.connect(sandbox, ConnectedTenant.ROLES);
    graph
        .users()
        .byUserId(mailbox)
        .contactFolders()
        .byContactFolderId(folder)
        .contacts()
        .byContactId(deleted)
        .delete();

    JsonObject normal = runToTheEnd("{}");
    assertCompleted(normal);
    assertEquals(
        expectedSources().size() - 1, ours(mailbox).size(), "a normal run does not read mailboxes");

    JsonObject reconcile = runToTheEnd("{\"reconcile\":\"true\"}");
    assertCompleted(reconcile);
    assertExactEndState();
  }

  @Test
  @Order(5)
  void underThrottlingAndDroppedConnectionsTheRunStillEndsExact() throws Exception {
    sandbox.mutator().changeUsers(8);
    for (int i = 0; i < 6; i++) {
      ConnectedTenant.adminJson(
          sandbox,
          "POST",
          "/directory/users",
          ("{\"displayName\":\"Zoë Faulty %d\",\"givenName\":\"Zoë\",\"surname\":\"Faulty %d\","
                  + "\"mail\":\"faulty%d@%s\",\"userPrincipalName\":\"faulty%d@%s\"}")
              .formatted(i, i, i, sandbox.domain(), i, sandbox.domain()));
    }
    ConnectedTenant.adminJson(
        sandbox, "PUT", "/faults", "{\"rate429\":0.05,\"rate503\":0.05,\"rateDrop\":0.01}");
    try {
      JsonObject run = runToTheEnd("{}");
      assertCompleted(run);
    } finally {
      ConnectedTenant.adminJson(
          sandbox, "PUT", "/faults", "{\"rate429\":0,\"rate503\":0,\"rateDrop\":0}");
    }
    assertTrue(sandbox.counters().status(429) > 0, endpointCounts());
    assertExactEndState();
  }

  @Test
  @Order(6)
  void aServerKilledInTheMiddleOfTheMailboxPhaseEndsExactAfterARestart() throws Exception {
    for (int i = 0; i < 60; i++) {
      ConnectedTenant.adminJson(
          sandbox,
          "POST",
          "/directory/users",
          ("{\"displayName\":\"Łukasz Neu %d\",\"mail\":\"neu%d@%s\",\"userPrincipalName\":\"neu%d@%s\"}")
              .formatted(i, i, sandbox.domain(), i, sandbox.domain()));
    }
    ConnectedTenant.adminJson(sandbox, "PUT", "/latency", "{\"minMillis\":150,\"maxMillis\":150}");
    long posts = creates();
    var started = server.postJson("/api/runs", "{\"mailboxChunkSize\":\"20\"}");
    long id = CyncServer.parse(started.body()).getJsonNumber("executionId").longValue();
    CyncServer.await(
        Duration.ofSeconds(120), "some creates of run " + id, () -> creates() >= posts + 70);
    server.kill();
    ConnectedTenant.adminJson(sandbox, "PUT", "/latency", "{\"minMillis\":0,\"maxMillis\":0}");
    assertTrue(creates() < posts + 60L * targetMailboxes().size(), "killed midway");

    server = CyncServer.start(data);
    JsonObject crashed = server.getJson("/api/runs/" + id).asJsonObject();
    assertEquals("FAILED", crashed.getString("status"));
    var restarted = server.postJson("/api/runs/" + id + "/restart", "{}");
    assertEquals(202, restarted.statusCode(), restarted.body());
    JsonObject run =
        awaitEnd(CyncServer.parse(restarted.body()).getJsonNumber("executionId").longValue());
    assertCompleted(run);
    assertExactEndState();
  }

  static long creates() {
    var c = sandbox.counters().toJson().getAsJsonObject("byEndpoint");
    long n = 0;
    for (var e : c.entrySet()) {
      if (e.getKey().startsWith("POST") && e.getKey().endsWith("/contacts")) {
        n += e.getValue().getAsLong();
      }
    }
    return n;
  }
}
