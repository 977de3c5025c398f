package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cync.contacts.Marker;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.settings.SyncOptions;
import org.cync.testing.ConnectedTenant;
import org.cync.testing.CyncServer;
import org.cync.testing.PrometheusText;
import org.cync.testing.SandboxTruth;
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

  /** The source group filter the test has set in CYNC (null: none). */
  static String sourceGroup;

  /** Mailboxes the test excluded from the targets in CYNC. */
  static Set<String> excludedTargets = new java.util.HashSet<>();

  /** Adopted contacts of the original product, by contact ID → source ID. */
  static Map<String, String> original = new TreeMap<>();

  /** The original product's contact for a user who is no longer a source. */
  static String formerSource;

  @BeforeAll
  static void start() throws Exception {
    sandbox = GraphSandbox.builder().users(60).mailboxes(6).seed(11).start();
    data = CyncServer.freshDataDir("contact-sync");
    server = CyncServer.start(data);
    ConnectedTenant.connect(server, sandbox);
    seedOriginalProductsContacts();
  }

  /**
   * A mailbox where the original CYNC product already wrote: its folder with three contacts bearing
   * {@code com.itbaer.cync}, one of them for a user who is no longer a source.
   */
  static void seedOriginalProductsContacts() {
    String mailbox = targetMailboxes().get(0);
    Mailbox m = sandbox.mailboxes().mailbox(mailbox);
    String folder = MailboxAdmin.createFolder(m, FOLDER);
    List<String> sources = new ArrayList<>(expectedSources().keySet()).subList(0, 2);
    List<String> ids = new ArrayList<>(sources);
    formerSource = UUID.randomUUID().toString();
    ids.add(formerSource);
    List<com.google.gson.JsonObject> bodies = new ArrayList<>();
    for (String id : ids) {
      com.google.gson.JsonObject ext = new com.google.gson.JsonObject();
      ext.addProperty("@odata.type", "microsoft.graph.openTypeExtension");
      ext.addProperty("extensionName", Marker.ADOPTABLE_EXTENSION);
      ext.addProperty("objectId", id);
      JsonArray exts = new JsonArray();
      exts.add(ext);
      com.google.gson.JsonObject c = new com.google.gson.JsonObject();
      c.addProperty("displayName", "Old name of " + id);
      c.add("extensions", exts);
      bodies.add(c);
    }
    List<String> contactIds = MailboxAdmin.createContacts(m, folder, bodies, 0);
    for (int i = 0; i < sources.size(); i++) {
      original.put(contactIds.get(i), sources.get(i));
    }
    settings("{\"adoptOriginal\":true}");
  }

  static void settings(String json) {
    var r = server.send("PUT", "/api/sync-settings", json);
    assertEquals(200, r.statusCode(), r.body());
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
                    .filter(
                        u ->
                            sourceGroup == null
                                || sandbox
                                    .directory()
                                    .transitiveMembers(sandbox.directory().group(sourceGroup))
                                    .contains(u.id()))
                    .collect(
                        Collectors.toMap(
                            DirectoryUser::id,
                            u -> u.string("displayName"),
                            (a, b) -> a,
                            TreeMap::new)));
  }

  static boolean enabledMemberWithMail(DirectoryUser u) {
    return SandboxTruth.enabledMemberWithMail(u);
  }

  static List<String> targetMailboxes() {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().allUsers().stream()
                    .filter(u -> enabledMemberWithMail(u) && u.mailboxLicensed())
                    .filter(u -> !excludedTargets.contains(u.id()))
                    .map(DirectoryUser::id)
                    .sorted()
                    .toList());
  }

  static String folderId(Mailbox m) {
    return SandboxTruth.folderId(m, FOLDER);
  }

  static Map<String, Object> stored(JsonElement contact) {
    return SandboxTruth.stored(contact);
  }

  /** Our contacts in the mailbox's folder: source ID → display names (a list, to see copies). */
  static Map<String, List<String>> ours(String mailboxId) {
    return SandboxTruth.ours(sandbox, mailboxId, FOLDER);
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
    for (String gone : excludedTargets) {
      assertEquals(Map.of(), ours(gone), "a mailbox that left the targets holds none of ours");
    }
  }

  /** Contact writes (anything but GET on a contacts endpoint) the sandbox has counted so far. */
  static long writes() {
    return SandboxTruth.writes(sandbox);
  }

  static long creates() {
    return SandboxTruth.creates(sandbox);
  }

  static long counted(java.util.function.Predicate<String> endpoint) {
    return SandboxTruth.counted(sandbox, endpoint);
  }

  static String endpointCounts() {
    return sandbox.counters().toJson().getAsJsonObject("byEndpoint").toString();
  }

  static JsonObject runToTheEnd(String parameters) {
    return awaitEnd(server.startRun(parameters));
  }

  static JsonObject awaitEnd(long id) {
    return server.awaitRunEnd(id, Duration.ofMinutes(4));
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
    // The original product's contact of a former source was found by the scan, not planned: as
    // one of a few (at most 20 in a mailbox) it is deleted in the run that found it; more would
    // wait for the next run, whose plan the deletion guard sees.
    assertEquals(null, ours(targetMailboxes().get(0)).get(formerSource));
    assertEquals(
        1, mailboxesOf(run).stream().mapToLong(r -> r.getJsonNumber("deleted").longValue()).sum());
    JsonObject next = runToTheEnd("{}");
    assertCompleted(next);
    assertEquals(
        0, mailboxesOf(next).stream().mapToLong(r -> r.getJsonNumber("deleted").longValue()).sum());
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

    // The original product's contacts were adopted in place (same IDs, now with our marker and the
    // current names), the one for a former source removed; none was created twice.
    Mailbox m = sandbox.mailboxes().mailbox(targetMailboxes().get(0));
    Map<String, String> now = new TreeMap<>();
    for (JsonElement c : MailboxAdmin.contacts(m, folderId(m))) {
      Map<String, Object> stored = stored(c);
      Marker.sourceIdOf(stored)
          .ifPresent(id -> now.put(c.getAsJsonObject().get("id").getAsString(), id));
    }
    original.forEach(
        (contact, source) -> assertEquals(source, now.get(contact), "adopted " + contact));
    assertEquals(expectedSources().size(), now.size());
    assertMetricsOfFinishedRuns();
    assertHistoryOfFinishedRun(run.getJsonNumber("executionId").longValue());
  }

  /** The run history has the figures of a finished run, filters by outcome and pages. */
  static void assertHistoryOfFinishedRun(long id) {
    JsonObject run = server.getJson("/api/runs/" + id).asJsonObject();
    assertEquals("api", run.getString("trigger"), run.toString());
    assertEquals("completed", run.getString("outcome"), run.toString());
    assertTrue(
        !run.containsKey("progress") || run.isNull("progress"), "no progress once ended: " + run);
    JsonObject figures = run.getJsonObject("figures");
    assertTrue(figures.getJsonNumber("created").longValue() > 0, figures.toString());
    assertEquals(targetMailboxes().size(), figures.getJsonNumber("mailboxesDone").longValue());
    assertTrue(figures.getJsonNumber("mailboxesWithoutExchangeOnline").longValue() > 10);
    assertTrue(figures.getJsonNumber("graphCalls").longValue() > 0, figures.toString());
    assertEquals(expectedSources().size(), figures.getJsonNumber("sources").longValue());
    assertTrue(figures.getJsonNumber("directoryChangesRead").longValue() > 0, figures.toString());
    var completed = server.get("/api/runs?outcome=completed&size=50");
    assertEquals(200, completed.statusCode(), completed.body());
    List<JsonObject> items =
        CyncServer.parse("{\"a\":" + completed.body() + "}")
            .getJsonArray("a")
            .getValuesAs(JsonObject.class);
    assertTrue(
        items.stream().allMatch(i -> i.getString("outcome").equals("completed")), items.toString());
    assertTrue(
        items.stream().anyMatch(i -> i.getJsonNumber("executionId").longValue() == id),
        items.toString());
    assertTrue(
        items.stream().allMatch(i -> i.containsKey("durationSeconds") && i.containsKey("figures")));
    assertEquals(
        String.valueOf(items.size()), completed.headers().firstValue("X-Total-Count").orElse(""));
    var none = server.get("/api/runs?outcome=failed");
    assertEquals("[]", none.body().trim(), none.body());
    var bad = server.get("/api/runs?size=0");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(CyncServer.parse(bad.body()).getString("error").contains("'size'"), bad.body());
    // the page itself is OperationsIT's, in Chromium
  }

  /** {@code /metrics}, parsed as Prometheus does, shows the two finished runs' figures. */
  static void assertMetricsOfFinishedRuns() {
    assertNotEquals(200, server.getAnonymously("/metrics").statusCode(), "/metrics needs sign-in");
    var answer = server.get("/metrics");
    assertEquals(200, answer.statusCode(), answer.body());
    PrometheusText m = PrometheusText.parse(answer.body());
    assertTrue(
        m.value("cync_runs_total", Map.of("outcome", "completed")).orElseThrow() >= 2,
        answer.body());
    assertTrue(
        m.value("cync_contacts_written_total", Map.of("operation", "created")).orElseThrow() > 0);
    assertTrue(
        m.value("cync_graph_requests_total", Map.of("status_class", "2xx")).orElseThrow() > 0);
    assertEquals(0.0, m.value("cync_failing_mailboxes", Map.of()).orElseThrow(), answer.body());
    assertTrue(m.value("cync_last_run_duration_seconds", Map.of()).orElseThrow() > 0);
    double lastSuccess = m.value("cync_last_success_timestamp_seconds", Map.of()).orElseThrow();
    assertTrue(
        Math.abs(lastSuccess - java.time.Instant.now().getEpochSecond()) < 600,
        "last success " + lastSuccess);
    assertTrue(m.value("cync_certificate_days_left", Map.of()).orElseThrow() > 30);
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

    var sample = server.postJson("/api/runs", "{\"directory\":\"sample\"}");
    assertEquals(400, sample.statusCode(), sample.body());
    assertTrue(sample.body().contains("only while no tenant is connected"), sample.body());
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
    String leaverName = expectedSources().get(leaver);
    sandbox.directory().update(leaver, Map.of("accountEnabled", new JsonPrimitive(false)));
    long changedSources = changed.stream().filter(expectedSources()::containsKey).count();

    assertEquals("DRY_RUN", runToTheEnd("{\"dryRun\":\"true\"}").getString("exitStatus"));
    JsonObject pending = server.getJson("/api/mailboxes/" + mailbox + "/pending").asJsonObject();
    assertEquals(
        changedSources,
        pending.getJsonObject("counts").getJsonNumber("UPDATE").longValue(),
        pending.toString());
    assertEquals(1, pending.getJsonObject("counts").getJsonNumber("DELETE").longValue());
    for (JsonObject row : pending.getJsonArray("changes").getValuesAs(JsonObject.class)) {
      if (row.getString("kind").equals("DELETE")) {
        assertEquals(leaverName, row.getString("displayName"), "who would be deleted");
      } else {
        int fields = row.getJsonArray("fields").size();
        assertTrue(
            fields > 0 && fields < org.cync.contacts.ContactFields.ALL.size(),
            "an update lists only the fields that changed: " + row);
      }
    }

    String page = pendingPage(mailbox);
    assertTrue(page.contains("Pending changes in"), page);
    assertTrue(page.contains(changedSources + " UPDATE · 1 DELETE"), page);
    assertTrue(page.contains(leaverName), "the Mailboxes page names who would be deleted: " + page);

    JsonObject run = runToTheEnd("{}");
    assertCompleted(run);
    assertExactEndState();
    List<JsonObject> rows = mailboxesOf(run);
    long targets = targetMailboxes().size();
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

  static String someSourceThatIsNotATarget() {
    return expectedSources().keySet().stream()
        .filter(id -> !targetMailboxes().contains(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @Order(4)
  void aDeletedUserLeavesEveryMailboxAndComesBackWhenRestored() throws Exception {
    String user = someSourceThatIsNotATarget();
    ConnectedTenant.adminJson(
        sandbox, "POST", "/directory/users/" + user + "/delete", "{\"permanent\":false}");
    assertCompleted(runToTheEnd("{}"));
    assertTrue(!expectedSources().containsKey(user));
    assertExactEndState();
    ConnectedTenant.adminJson(sandbox, "POST", "/directory/users/" + user + "/restore", "{}");
    assertCompleted(runToTheEnd("{}"));
    assertTrue(expectedSources().containsKey(user));
    assertExactEndState();
  }

  @Test
  @Order(5)
  void anExpiredDeltaTokenMeansAFullRoundThatDeletesNothingStillValid() throws Exception {
    ConnectedTenant.adminJson(sandbox, "POST", "/faults/expire-user-delta-tokens", "{}");
    long writes = writes();
    assertCompleted(runToTheEnd("{}"));
    assertEquals(writes, writes(), "a full round of an unchanged tenant writes nothing");
    assertTrue(server.log().contains("full round of the tenant's users"));
    assertExactEndState();
  }

  static String groupNamed(String name) {
    return SandboxTruth.groupNamed(sandbox, name);
  }

  @Test
  @Order(6)
  void aSourceGroupCutsTheSourcesOnlyAfterApprovalAndAMemberMovedOutLeaves() throws Exception {
    String targets = groupNamed("CYNC Targets");
    long writes = writes();
    settings("{\"sources\":{\"includeGroupIds\":[\"" + targets + "\"]}}");

    JsonObject dry = runToTheEnd("{\"dryRun\":\"true\"}");
    assertEquals("DRY_RUN", dry.getString("exitStatus"), dry.toString());
    long plannedDeletes =
        mailboxesOf(dry).stream()
            .mapToLong(r -> r.getJsonNumber("plannedDeletes").longValue())
            .sum();
    assertTrue(plannedDeletes > 100, "most users leave the sources: " + plannedDeletes);

    // Deletions are approved only through approve: a start cannot carry an approval, nor a test
    // hook on a production server; both are refused by name, and nothing starts.
    for (String smuggled :
        new String[] {"approvedDeletes\":\"999", "failAtItem\":\"3", "directory\":\"Graph"}) {
      var refused = server.postJson("/api/runs", "{\"" + smuggled + "\"}");
      assertEquals(400, refused.statusCode(), refused.body());
      String field = smuggled.substring(0, smuggled.indexOf('"'));
      assertTrue(
          CyncServer.parse(refused.body()).getString("error").contains("'" + field + "'"),
          refused.body());
    }
    JsonObject held = runToTheEnd("{}");
    assertEquals("STOPPED", held.getString("status"), held.toString());
    assertEquals("AWAITING_APPROVAL", held.getString("exitStatus"));
    assertEquals(writes, writes(), "neither the dry run nor the held run wrote anything");
    assertTrue(
        server.log().contains("Stopped before writing: this run would delete " + plannedDeletes));

    var again =
        server.send("POST", "/api/runs/" + dry.getJsonNumber("executionId") + "/approve", "{}");
    assertEquals(409, again.statusCode(), "only a held run can be approved: " + again.body());
    long heldId = held.getJsonNumber("executionId").longValue();
    assertTheReviewMatchesTheDirectory(heldId, plannedDeletes, targets);
    long approved = approveOnTheReviewPage(heldId, plannedDeletes);
    assertCompleted(awaitEnd(approved));
    String approval =
        "Run %d approved: %d planned deletion(s) allowed; it goes on as run %d."
            .formatted(heldId, plannedDeletes, approved);
    assertTrue(
        server.getJson("/api/audit?max=50").asJsonArray().getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    e.getString("detail").equals(approval) && e.getString("actor").equals("admin")),
        "the audit log records who approved what");
    sourceGroup = targets;
    assertExactEndState();

    String mover = targetMailboxes().get(1);
    ConnectedTenant.adminJson(
        sandbox,
        "POST",
        "/directory/move",
        "{\"user\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}"
            .formatted(mover, targets, groupNamed("Guests")));
    assertCompleted(runToTheEnd("{}"));
    assertTrue(!expectedSources().containsKey(mover), "moved out of the source group");
    assertExactEndState();

    settings("{\"sources\":{\"includeGroupIds\":[]}}");
    sourceGroup = null;
    assertCompleted(runToTheEnd("{}"));
    assertExactEndState();
  }

  /** The text of the Mailboxes page, reached from the navigation, with one mailbox chosen. */
  static String pendingPage(String mailboxId) {
    org.openqa.selenium.chrome.ChromeDriver browser = org.cync.testing.Browser.open();
    try {
      org.cync.testing.Browser.signIn(browser, server.uri("/"));
      var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30));
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(b -> b.findElement(org.openqa.selenium.By.linkText("Mailboxes")))
          .click();
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              b ->
                  b.findElements(org.openqa.selenium.By.cssSelector("a.pending")).stream()
                      .filter(a -> a.getAttribute("href").contains(mailboxId))
                      .findFirst()
                      .orElse(null))
          .click();
      return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              b -> {
                String t = b.findElement(org.openqa.selenium.By.tagName("body")).getText();
                return t.contains("Pending changes in") ? t : null;
              });
    } finally {
      browser.quit();
    }
  }

  /**
   * The review of the held run against the sandbox's directory (the independent truth): every
   * contact of a source outside the new source group goes from each mailbox, because the user left
   * the sources; nothing else.
   */
  static void assertTheReviewMatchesTheDirectory(long held, long plannedDeletes, String group) {
    JsonObject review = server.getJson("/api/runs/" + held + "/review").asJsonObject();
    assertEquals(plannedDeletes, review.getJsonNumber("deletes").longValue(), review.toString());
    assertTrue(review.getString("limitExceeded").startsWith("more than"), review.toString());
    JsonObject perReason = review.getJsonObject("perReason");
    assertEquals(Set.of("USER_LEFT_SOURCES"), perReason.keySet(), review.toString());
    assertEquals(plannedDeletes, perReason.getJsonNumber("USER_LEFT_SOURCES").longValue());
    Set<String> members =
        Set.copyOf(
            sandbox
                .directory()
                .read(
                    () -> sandbox.directory().transitiveMembers(sandbox.directory().group(group))));
    Map<String, Long> truth = new TreeMap<>();
    for (String t : targetMailboxes()) {
      long leaving = ours(t).keySet().stream().filter(id -> !members.contains(id)).count();
      if (leaving > 0) {
        truth.put(t, leaving);
      }
    }
    Map<String, Long> reviewed = new TreeMap<>();
    for (JsonObject row : review.getJsonArray("perMailbox").getValuesAs(JsonObject.class)) {
      long n = row.getJsonNumber("deletes").longValue();
      reviewed.put(row.getString("mailboxId"), n);
      assertEquals(
          n,
          row.getJsonObject("reasons").getJsonNumber("USER_LEFT_SOURCES").longValue(),
          row.toString());
    }
    assertEquals(truth, reviewed, "per mailbox, the contacts of users outside " + group);
    var notHeld = server.send("GET", "/api/runs/" + (held - 1) + "/review", null);
    assertTrue(notHeld.statusCode() == 409 || notHeld.statusCode() == 404, notHeld.body());
  }

  /**
   * The administrator's approval on the review page: the verdict and the table are there, and
   * Approve asks first, naming the count. Answers the run that goes on.
   */
  static long approveOnTheReviewPage(long held, long plannedDeletes) throws java.io.IOException {
    org.openqa.selenium.chrome.ChromeDriver browser = org.cync.testing.Browser.open();
    try {
      org.cync.testing.Browser.signIn(browser, server.uri("/"));
      browser.get(server.uri("/review.xhtml?id=" + held).toString());
      var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30));
      String verdict =
          wait.ignoring(org.openqa.selenium.NoSuchElementException.class)
              .until(b -> b.findElement(org.openqa.selenium.By.id("verdict")).getText());
      assertTrue(verdict.contains("would delete " + plannedDeletes + " contacts"), verdict);
      assertTrue(
          browser
              .findElement(org.openqa.selenium.By.cssSelector("[id$='reviewMailboxes']"))
              .getText()
              .contains("the user left the sources"));
      org.cync.testing.Browser.screenshot(browser, "review-held-run.png");
      browser.findElement(org.openqa.selenium.By.cssSelector("button.approve")).click();
      String question = confirmApproval(wait);
      assertTrue(question.contains("Delete " + plannedDeletes + " contacts in "), question);
      return approvedAs(wait, held);
    } finally {
      browser.quit();
    }
  }

  /** The question Approve asks before it acts (confirmed with Yes); answers its text. */
  static String confirmApproval(org.openqa.selenium.support.ui.WebDriverWait wait) {
    String question =
        wait.until(
            b -> {
              var d = b.findElement(org.openqa.selenium.By.cssSelector(".ui-confirm-dialog"));
              return d.isDisplayed() && d.getText().contains("Delete") ? d.getText() : null;
            });
    wait.until(b -> b.findElement(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    return question;
  }

  /** The approval's message names the held run and the run that goes on; answers the latter. */
  static long approvedAs(org.openqa.selenium.support.ui.WebDriverWait wait, long held) {
    String message =
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(
                b -> {
                  String t = b.findElement(org.openqa.selenium.By.id("messages")).getText();
                  return t.contains("approved") ? t : null;
                });
    var m =
        java.util.regex.Pattern.compile(
                "Deletions of run (\\d+) approved: it goes on as run (\\d+)")
            .matcher(message);
    assertTrue(m.find(), message);
    assertEquals(held, Long.parseLong(m.group(1)));
    return Long.parseLong(m.group(2));
  }

  /** The administrator's click on "Approve deletions"; answers the run that goes on. */
  static long approveOnTheDashboard(long held) {
    org.openqa.selenium.chrome.ChromeDriver browser = org.cync.testing.Browser.open();
    try {
      org.cync.testing.Browser.signIn(browser, server.uri("/"));
      var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30));
      try {
        // The sign-in's redirect may still be on its way to the dashboard, and the page may
        // re-render under the click: find and click again until the click lands.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(
                b -> {
                  b.findElement(org.openqa.selenium.By.cssSelector("button.approve")).click();
                  return true;
                });
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError(
            "no Approve button on "
                + browser.getCurrentUrl()
                + ":\n"
                + browser.findElement(org.openqa.selenium.By.tagName("body")).getText(),
            e);
      }
      // Approve asks first, naming the count (issue 14).
      String question = confirmApproval(wait);
      assertTrue(question.matches("(?s).*Delete \\d+ contacts? in \\d+ mailbox.*"), question);
      return approvedAs(wait, held);
    } finally {
      browser.quit();
    }
  }

  @Test
  @Order(7)
  void aNewMailboxGetsEverythingAndAnExcludedOneIsEmptied() throws Exception {
    String fresh =
        CyncServer.parse(
                ConnectedTenant.adminJson(
                    sandbox,
                    "POST",
                    "/directory/users",
                    ("{\"displayName\":\"Åsa Nyström\",\"mail\":\"asa@%s\","
                            + "\"userPrincipalName\":\"asa@%s\",\"mailbox\":true}")
                        .formatted(sandbox.domain(), sandbox.domain())))
            .getString("id");
    assertCompleted(runToTheEnd("{}"));
    assertTrue(targetMailboxes().contains(fresh));
    assertExactEndState();

    String leaving = targetMailboxes().get(2);
    settings(
        "{\"targets\":{\"excludedUsers\":[\""
            + leaving
            + "\"]},\"guard\":{\"maxDeletePercent\":50}}");
    excludedTargets.add(leaving);
    JsonObject run = runToTheEnd("{}");
    assertCompleted(run);
    assertExactEndState();
    JsonObject row =
        mailboxesOf(run).stream()
            .filter(r -> r.getString("mailboxId").equals(leaving))
            .findFirst()
            .orElseThrow();
    assertEquals(expectedSources().size(), row.getJsonNumber("deleted").longValue());
  }

  @Test
  @Order(8)
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
    String edited = contacts.get(2).getAsJsonObject().get("id").getAsString();
    com.microsoft.graph.models.Contact edit = new com.microsoft.graph.models.Contact();
    edit.setJobTitle("Chief Vandal");
    graph
        .users()
        .byUserId(mailbox)
        .contactFolders()
        .byContactFolderId(folder)
        .contacts()
        .byContactId(edited)
        .patch(edit);
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
    for (JsonElement c : MailboxAdmin.contacts(m, folder)) {
      com.google.gson.JsonObject stored = c.getAsJsonObject().getAsJsonObject("stored");
      assertTrue(
          !stored.has("jobTitle") || !"Chief Vandal".equals(stored.get("jobTitle").getAsString()),
          "the edited job title was put back");
    }
  }

  @Test
  @Order(9)
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
  @Order(10)
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

  /** Source ID → the hash of the photo on its contact (absent: none), in one mailbox. */
  static Map<String, String> contactPhotos(String mailboxId) {
    Mailbox m = sandbox.mailboxes().mailbox(mailboxId);
    Map<String, String> out = new TreeMap<>();
    for (JsonElement e : MailboxAdmin.contacts(m, folderId(m))) {
      JsonObject c = CyncServer.parse(e.toString());
      Map<String, Object> stored = stored(e);
      Marker.sourceIdOf(stored)
          .ifPresent(
              id -> {
                if (c.getBoolean("hasPhoto")) {
                  out.put(id, c.getString("photoHash"));
                }
              });
    }
    return out;
  }

  /** Source ID → the hash of their directory photo, for the sources that have one. */
  static Map<String, String> sourcePhotos() {
    Map<String, String> out = new TreeMap<>();
    for (String id : expectedSources().keySet()) {
      byte[] photo = sandbox.directory().read(() -> sandbox.directory().user(id).photo());
      if (photo != null) {
        out.put(id, String.format("%08X", java.util.Arrays.hashCode(photo)));
      }
    }
    return out;
  }

  static void assertPhotosEverywhere() {
    Map<String, String> expected = sourcePhotos();
    for (String mailbox : targetMailboxes()) {
      assertEquals(expected, contactPhotos(mailbox), "photos in mailbox " + mailbox);
    }
  }

  static long photoDownloads() {
    return counted(
        k -> k.startsWith("GET /users/") && !k.contains("contact") && k.endsWith("/photo/$value"));
  }

  static long photoPuts() {
    return counted(k -> k.startsWith("PUT") && k.contains("/contacts/") && k.contains("/photo"));
  }

  @Test
  @Order(11)
  void photosGoOnEveryContactAreDownloadedOncePerChangeAndFollowChangesAndRemovals()
      throws Exception {
    Map<String, String> withPhoto = sourcePhotos();
    assertTrue(
        withPhoto.size() >= 5, "the generated tenant gives most users a photo: " + withPhoto);
    settings("{\"mapping\":{\"photos\":true}}");
    long downloads = photoDownloads();
    long puts = photoPuts();
    assertCompleted(runToTheEnd("{}"));
    assertPhotosEverywhere();
    assertExactEndState();
    int mailboxes = targetMailboxes().size();
    assertEquals(
        withPhoto.size(),
        photoDownloads() - downloads,
        "each photo downloaded once, not per mailbox");
    assertEquals((long) withPhoto.size() * mailboxes, photoPuts() - puts, endpointCounts());

    long writes = writes();
    downloads = photoDownloads();
    assertCompleted(runToTheEnd("{}"));
    assertEquals(0, writes() - writes, "nothing changed: no photo is put again");
    assertEquals(0, photoDownloads() - downloads);

    List<String> ids = new ArrayList<>(withPhoto.keySet());
    String changed = ids.get(0);
    String removed = ids.get(1);
    String mailbox = targetMailboxes().get(0);
    String removedContact = contactIdOf(mailbox, removed);
    String changedContact = contactIdOf(mailbox, changed);
    ConnectedTenant.adminJson(sandbox, "POST", "/directory/users/" + changed + "/photo", "");
    ConnectedTenant.adminJson(sandbox, "DELETE", "/directory/users/" + removed + "/photo", "");
    assertNotEquals(withPhoto.get(changed), sourcePhotos().get(changed), "the photo changed");
    downloads = photoDownloads();
    puts = photoPuts();
    writes = writes();
    assertCompleted(runToTheEnd("{}"));
    assertPhotosEverywhere();
    assertExactEndState();
    assertEquals(1, photoDownloads() - downloads, "only the changed photo is downloaded");
    assertEquals(mailboxes, photoPuts() - puts, "the changed photo is put once per mailbox");
    assertEquals(
        3L * mailboxes,
        writes() - writes,
        "per mailbox: one photo PUT, and a delete and a create to drop the removed photo");
    assertEquals(changedContact, contactIdOf(mailbox, changed), "a new photo keeps the contact");
    assertNotEquals(removedContact, contactIdOf(mailbox, removed), "Graph cannot remove a photo");
  }

  static String contactIdOf(String mailboxId, String sourceId) {
    Mailbox m = sandbox.mailboxes().mailbox(mailboxId);
    for (JsonElement e : MailboxAdmin.contacts(m, folderId(m))) {
      Map<String, Object> stored = stored(e);
      if (Marker.sourceIdOf(stored).filter(sourceId::equals).isPresent()) {
        return e.getAsJsonObject().get("id").getAsString();
      }
    }
    return null;
  }

  /** Source IDs of CYNC's contacts in a folder ("default": the default Contacts folder). */
  static List<String> oursIn(Mailbox m, String folderId) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : MailboxAdmin.contacts(m, folderId)) {
      Map<String, Object> stored = stored(e);
      Marker.sourceIdOf(stored).ifPresent(out::add);
    }
    java.util.Collections.sort(out);
    return out;
  }

  static int allIn(Mailbox m, String folderId) {
    return MailboxAdmin.contacts(m, folderId).size();
  }

  static com.google.gson.JsonObject contactBody(String name, String ourSourceId) {
    com.google.gson.JsonObject c = new com.google.gson.JsonObject();
    c.addProperty("displayName", name);
    if (ourSourceId != null) {
      JsonArray exts = new JsonArray();
      exts.add(GSON.toJsonTree(Marker.extensionForCreate(ourSourceId)));
      c.add("extensions", exts);
    }
    return c;
  }

  @Test
  @Order(12)
  void aSecondFolderOfOursIsMergedAndReportedAndTheUsersOwnContactThereStays() throws Exception {
    String mailbox = targetMailboxes().get(1);
    Mailbox m = sandbox.mailboxes().mailbox(mailbox);
    String kept = folderId(m);
    String second = MailboxAdmin.createFolder(m, FOLDER);
    List<String> sources = new ArrayList<>(expectedSources().keySet()).subList(0, 3);
    List<com.google.gson.JsonObject> bodies = new ArrayList<>();
    sources.forEach(id -> bodies.add(contactBody("Copy of " + id, id)));
    bodies.add(contactBody("Own contact of the user", null));
    MailboxAdmin.createContacts(m, second, bodies, 0);
    assertEquals(sources, oursIn(m, second));

    JsonObject run = runToTheEnd("{\"reconcile\":\"true\"}");
    assertCompleted(run);
    assertEquals(List.of(), oursIn(m, second), "no second set of our contacts");
    assertEquals(1, allIn(m, second), "the user's own contact in that folder stays");
    assertEquals(kept, folderId(m), "CYNC keeps writing to its own folder");
    assertExactEndState();
    String note =
        mailboxesOf(run).stream()
            .filter(r -> r.getString("mailboxId").equals(mailbox))
            .findFirst()
            .orElseThrow()
            .toString();
    assertTrue(note.contains("second folder"), note);
  }

  @Test
  @Order(13)
  void theFolderModeMovesEveryContactToTheDefaultFolderWithACategoryAndBack() throws Exception {
    String mailbox = targetMailboxes().get(2);
    Mailbox m = sandbox.mailboxes().mailbox(mailbox);
    MailboxAdmin.createContacts(m, null, List.of(contactBody("Own default contact", null)), 0);
    int ownInDefault = allIn(m, "default") - oursIn(m, "default").size();
    List<String> sources = new ArrayList<>(expectedSources().keySet());

    settings(
        "{\"folderMode\":\"DEFAULT_FOLDER\",\"mapping\":{\"category\":\"Company Directory\"}}");
    assertCompleted(runToTheEnd("{}"));
    for (String t : targetMailboxes()) {
      Mailbox box = sandbox.mailboxes().mailbox(t);
      assertEquals(sources, oursIn(box, "default"), "every source in the default folder of " + t);
      assertEquals(List.of(), oursIn(box, folderId(box)), "none left in the old folder of " + t);
    }
    String anyContact =
        MailboxAdmin.contacts(m, "default").get(0).getAsJsonObject().get("stored").toString();
    assertTrue(
        MailboxAdmin.contacts(m, "default").toString().contains("Company Directory"),
        "our contacts carry the category: " + anyContact);
    assertEquals(
        ownInDefault, allIn(m, "default") - oursIn(m, "default").size(), "own contacts stay");

    // The category stays: no card changes, only the place does.
    settings("{\"folderMode\":\"DEDICATED_FOLDER\"}");
    assertCompleted(runToTheEnd("{}"));
    for (String t : targetMailboxes()) {
      assertEquals(
          List.of(), oursIn(sandbox.mailboxes().mailbox(t), "default"), "default folder of " + t);
    }
    assertEquals(ownInDefault, allIn(m, "default"), "the user's own contacts are all still there");
    assertExactEndState();
  }

  /**
   * A mailbox Exchange refuses (an application access policy) fails with Graph's code, and the
   * request-id CYNC reports, in the API and in mailboxes.csv, is one the sandbox sent for that
   * mailbox's refusals (its own log, the independent truth).
   */
  @Test
  @Order(14)
  void aRefusedMailboxFailsWithGraphsCodeAndTheRequestIdTheSandboxSent() throws Exception {
    String denied = targetMailboxes().get(3);
    sandbox.mutator().changeUsers(3);
    ConnectedTenant.adminJson(
        sandbox, "PUT", "/mailboxes/" + denied + "/denied", "{\"denied\":true}");
    JsonObject run;
    try {
      run = runToTheEnd("{}");
    } finally {
      ConnectedTenant.adminJson(
          sandbox, "PUT", "/mailboxes/" + denied + "/denied", "{\"denied\":false}");
    }
    long id = run.getJsonNumber("executionId").longValue();
    JsonObject row =
        mailboxesOf(run).stream()
            .filter(r -> r.getString("mailboxId").equals(denied))
            .findFirst()
            .orElseThrow();
    assertEquals("FAILED", row.getString("outcome"), row.toString());
    assertEquals("ErrorAccessDenied", row.getString("errorCode"), row.toString());
    Set<String> sent = new java.util.HashSet<>();
    Set<String> clientIds = new java.util.HashSet<>();
    for (JsonElement e : sandbox.pipeline().errors().toJson()) {
      var o = e.getAsJsonObject();
      if ("ErrorAccessDenied".equals(o.get("code").getAsString())
          && o.get("path").getAsString().contains(denied)) {
        sent.add(o.get("request-id").getAsString());
        clientIds.add(o.get("client-request-id").getAsString());
      }
    }
    assertTrue(sent.contains(row.getString("requestId")), row + " not in " + sent);
    assertTrue(clientIds.contains(row.getString("clientRequestId")), row + " vs " + clientIds);
    assertTrue(
        row.getString("errorDate").matches("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}Z"), row.toString());

    var csv = server.get("/api/runs/" + id + "/mailboxes.csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().toString());
    assertTrue(
        csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"),
        csv.headers().toString());
    List<org.apache.commons.csv.CSVRecord> records =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(csv.body()))
            .getRecords();
    assertEquals(mailboxesOf(run).size(), records.size(), csv.body());
    var failed =
        records.stream().filter(r -> r.get("mailboxId").equals(denied)).findFirst().orElseThrow();
    assertEquals("ErrorAccessDenied", failed.get("errorCode"));
    assertEquals(row.getString("requestId"), failed.get("requestId"));

    var notHeld = server.get("/api/runs/" + id + "/changes.csv");
    assertEquals(409, notHeld.statusCode(), notHeld.body());
    assertTrue(notHeld.body().contains("\"error\""), notHeld.body());
    sandbox.mutator().changeUsers(2);
    JsonObject dry = runToTheEnd("{\"dryRun\":\"true\"}");
    assertEquals("DRY_RUN", dry.getString("exitStatus"), dry.toString());
    var changes =
        server.get("/api/runs/" + dry.getJsonNumber("executionId").longValue() + "/changes.csv");
    assertEquals(200, changes.statusCode(), changes.body());
    List<org.apache.commons.csv.CSVRecord> planned =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(changes.body()))
            .getRecords();
    long plannedUpdates =
        mailboxesOf(dry).stream()
            .mapToLong(r -> r.getJsonNumber("plannedUpdates").longValue())
            .sum();
    assertTrue(plannedUpdates > 0, mailboxesOf(dry).toString());
    assertEquals(
        plannedUpdates,
        planned.stream().filter(r -> r.get("kind").equals("update")).count(),
        changes.body());
    var unknown = server.get("/api/runs/987654/mailboxes.csv");
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertTrue(unknown.body().contains("\"error\""), unknown.body());
  }
}
