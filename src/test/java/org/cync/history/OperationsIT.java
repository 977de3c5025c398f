package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.settings.SyncOptions;
import org.cync.testing.Browser;
import org.cync.testing.ConnectedTenant;
import org.cync.testing.CyncServer;
import org.cync.testing.SandboxTruth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Operations as an administrator sees them, in Chromium against the simulated tenant (the sandbox
 * this test starts): a run's progress moves without a reload; the history shows its figures and the
 * chart; the run page shows a mailbox failure with Graph's code and {@code request-id}; the CSVs
 * download and parse; Stop then Restart ends exact; Reject writes nothing; the failed and the held
 * run each send one alert mail to a real SMTP server. Truth is the sandbox's own store and its
 * request log, not CYNC's records.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {
  static final String FOLDER = SyncOptions.DEFAULT_FOLDER;
  static GraphSandbox sandbox;
  static GreenMail smtp;
  static CyncServer server;
  static ChromeDriver browser;
  static String clientId;

  @BeforeAll
  static void start() throws Exception {
    sandbox = GraphSandbox.builder().users(40).mailboxes(5).seed(13).start();
    int port = CyncServer.freePort();
    smtp =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(
                GreenMailConfiguration.aConfig().withUser("cync", "cync", "smtp-secret"));
    smtp.start();
    Path data = CyncServer.freshDataDir("operations");
    server = CyncServer.start(data);
    clientId = ConnectedTenant.connect(server, sandbox);
    ok(
        server.send(
            "PUT",
            "/api/alerts",
            ("{\"host\":\"127.0.0.1\",\"port\":\"%d\",\"security\":\"none\",\"username\":\"cync\","
                    + "\"password\":\"smtp-secret\",\"sender\":\"cync@example.com\","
                    + "\"recipients\":\"ops@example.com\",\"consoleUrl\":\"%s\"}")
                .formatted(port, server.uri("/"))));
    browser = Browser.open();
    Browser.signIn(browser, server.uri("/"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  @Order(1)
  void aRunsProgressMovesWithoutReloadAndTheHistoryShowsItsFigures() throws Exception {
    Browser.recording(
        "operations-progress",
        b -> {
          slowGraph(true);
          long id = server.startRun("{}");
          browser.get(server.uri("/").toString());
          String first = awaitText(".run-progress .progress-writes", Duration.ofSeconds(60));
          Object page = browser.executeScript("return window.performance.timeOrigin");
          CyncServer.await(
              Duration.ofSeconds(90),
              "the writes figure to move without a reload",
              () -> !textOf(".run-progress .progress-writes").equals(first));
          assertEquals(
              page,
              browser.executeScript("return window.performance.timeOrigin"),
              "the page was not reloaded");
          Browser.screenshot(browser, "operations-progress.png");
          slowGraph(false);
          JsonObject run = server.awaitRunEnd(id, Duration.ofMinutes(4));
          assertEquals("COMPLETED", run.getString("status"), run.toString());
          assertExact();

          browser.get(server.uri("/runs.xhtml").toString());
          long created = contactsInTargets();
          String row = rowOf(runNumber(run));
          assertTrue(row.contains(Long.toString(created)), created + " created in: " + row);
          assertFalse(browser.findElements(By.cssSelector("canvas")).isEmpty(), "the chart");
          Browser.screenshot(browser, "operations-history.png");
        });
  }

  @Test
  @Order(2)
  void theRunPageShowsAMailboxFailureWithGraphsCodeAndRequestIdAndItsCsvsParse() throws Exception {
    Browser.recording(
        "operations-failure",
        b -> {
          String denied = targets().get(1);
          sandbox.mutator().changeUsers(3);
          ConnectedTenant.adminJson(
              sandbox, "PUT", "/mailboxes/" + denied + "/denied", "{\"denied\":true}");
          JsonObject run;
          try {
            run = server.awaitRunEnd(server.startRun("{}"), Duration.ofMinutes(4));
          } finally {
            ConnectedTenant.adminJson(
                sandbox, "PUT", "/mailboxes/" + denied + "/denied", "{\"denied\":false}");
          }
          long id = run.getJsonNumber("executionId").longValue();
          browser.get(server.uri("/run.xhtml?id=" + id).toString());
          assertTrue(
              textOf(".failure-groups").contains("ErrorAccessDenied"), textOf(".failure-groups"));
          String requestId = awaitText(".request-id", Duration.ofSeconds(10));
          assertTrue(
              requestIdsTheSandboxSent("ErrorAccessDenied", denied).contains(requestId),
              requestId + " was not sent by the sandbox for " + denied);
          Browser.screenshot(browser, "operations-run-failure.png");

          String href =
              browser.findElement(By.cssSelector("a[id$='mailboxesCsv']")).getAttribute("href");
          List<CSVRecord> rows = csv(java.net.URI.create(href).getPath());
          assertEquals(
              targets().size(),
              rows.stream().filter(r -> !r.get("outcome").equals("NO_MAILBOX")).count(),
              rows.toString());
          CSVRecord failed =
              rows.stream()
                  .filter(r -> r.get("mailboxId").equals(denied))
                  .findFirst()
                  .orElseThrow();
          assertEquals("ErrorAccessDenied", failed.get("errorCode"));
          assertEquals(requestId, failed.get("requestId"));

          sandbox.mutator().changeUsers(2);
          JsonObject dry =
              server.awaitRunEnd(server.startRun("{\"dryRun\":\"true\"}"), Duration.ofMinutes(4));
          browser.get(server.uri("/run.xhtml?id=" + dry.getJsonNumber("executionId")).toString());
          String changes =
              browser.findElement(By.cssSelector("a[id$='changesCsv']")).getAttribute("href");
          List<CSVRecord> planned = csv(java.net.URI.create(changes).getPath());
          long plannedUpdates = 0;
          for (var r :
              server
                  .getJson("/api/runs/" + dry.getJsonNumber("executionId") + "/mailboxes")
                  .asJsonArray()) {
            plannedUpdates += r.asJsonObject().getJsonNumber("plannedUpdates").longValue();
          }
          assertEquals(
              plannedUpdates,
              planned.stream().filter(r -> r.get("kind").equals("update")).count(),
              planned.toString());
          assertFalse(planned.isEmpty(), "the dry run planned the two users' changes");
          // a dry run does not yet know which candidates lack Exchange Online: all are listed
          assertTrue(
              sources()
                  .keySet()
                  .containsAll(planned.stream().map(r -> r.get("mailboxId")).toList()),
              "changes only in mailboxes of enabled users with mail: " + planned);
        });
  }

  @Test
  @Order(3)
  void stopOnTheRunPageThenRestartEndsExact() throws Exception {
    Browser.recording(
        "operations-stop",
        b -> {
          settle();
          for (int i = 0; i < 40; i++) {
            ConnectedTenant.adminJson(
                sandbox,
                "POST",
                "/directory/users",
                ("{\"displayName\":\"Stina Halt %d\",\"mail\":\"halt%d@%s\","
                        + "\"userPrincipalName\":\"halt%d@%s\"}")
                    .formatted(i, i, sandbox.domain(), i, sandbox.domain()));
          }
          long posts = creates();
          ConnectedTenant.adminJson(
              sandbox, "PUT", "/latency", "{\"minMillis\":2000,\"maxMillis\":2000}");
          long id;
          try {
            id = server.startRun("{\"mailboxChunkSize\":\"10\"}");
            browser.get(server.uri("/run.xhtml?id=" + id).toString());
            CyncServer.await(
                Duration.ofSeconds(120),
                "some creates of run " + id,
                () -> creates() >= posts + 10);
            browser.navigate().refresh();
            click("button[id$='stop']");
            CyncServer.await(
                Duration.ofSeconds(10),
                "the stop to be acknowledged",
                () -> textOf(".ui-messages").contains("is stopping"));
            JsonObject stopped = server.awaitRunEnd(id, Duration.ofMinutes(3));
            assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
          } finally {
            slowGraph(false);
          }
          assertTrue(
              creates() - posts < 40L * targets().size(), "stopped midway: " + (creates() - posts));
          var again = server.postJson("/api/runs/" + id + "/stop", "{}");
          assertEquals(409, again.statusCode(), again.body());
          assertEquals(404, server.postJson("/api/runs/987654/stop", "{}").statusCode());

          browser.get(server.uri("/run.xhtml?id=" + id).toString());
          click("button[id$='restart']");
          CyncServer.await(
              Duration.ofSeconds(10),
              "the restart to be acknowledged",
              () -> textOf(".ui-messages").contains("restarted as run"));
          long restarted = newestExecution();
          assertTrue(restarted > id, "a new execution: " + restarted);
          JsonObject run = server.awaitRunEnd(restarted, Duration.ofMinutes(4));
          assertEquals("COMPLETED", run.getString("status"), run.toString());
          assertExact();
          assertEquals(
              40L * targets().size(),
              creates() - posts,
              "every new source created once in every mailbox, none twice");
          assertTrue(audited("Run stopped", "(executionId " + id + ")"), "who stopped it");
        });
  }

  @Test
  @Order(4)
  void aHeldRunIsMailedAndRejectOnTheRunPageWritesNothing() throws Exception {
    Browser.recording(
        "operations-reject",
        b -> {
          Map<String, Map<String, List<String>>> before = new TreeMap<>();
          for (String t : targets()) {
            before.put(t, ours(t));
          }
          long writes = writes();
          ok(
              server.send(
                  "PUT",
                  "/api/sync-settings",
                  "{\"sources\":{\"includeGroupIds\":[\"" + groupNamed("CYNC Targets") + "\"]}}"));
          JsonObject held;
          try {
            held = server.awaitRunEnd(server.startRun("{}"), Duration.ofMinutes(4));
          } finally {
            ok(server.send("PUT", "/api/sync-settings", "{\"sources\":{\"includeGroupIds\":[]}}"));
          }
          assertEquals("AWAITING_APPROVAL", held.getString("exitStatus"), held.toString());
          long id = held.getJsonNumber("executionId").longValue();
          CyncServer.await(
              Duration.ofSeconds(30),
              "the mail about the held run",
              () -> mailsAbout("Run " + held.getInt("run") + " waits for approval").size() == 1);

          browser.get(server.uri("/run.xhtml?id=" + id).toString());
          click("button[id$='reject']");
          click(".ui-confirmdialog-yes");
          CyncServer.await(
              Duration.ofSeconds(10),
              "the rejection to be acknowledged",
              () -> textOf(".ui-messages").contains("rejected"));
          Browser.screenshot(browser, "operations-rejected.png");
          for (String action : new String[] {"approve", "restart", "reject"}) {
            var refused = server.postJson("/api/runs/" + id + "/" + action, "{}");
            assertEquals(409, refused.statusCode(), action + ": " + refused.body());
          }
          assertEquals(writes, writes(), "nothing written");
          for (String t : targets()) {
            assertEquals(before.get(t), ours(t), "mailbox " + t + " as before");
          }
          assertTrue(audited("Run rejected", "(executionId " + id + ") rejected"), "who rejected");
          var metrics = server.get("/metrics");
          assertEquals(
              1.0,
              org.cync.testing.PrometheusText.parse(metrics.body())
                  .value("cync_runs_total", Map.of("outcome", "rejected"))
                  .orElseThrow(),
              metrics.body());
        });
  }

  @Test
  @Order(5)
  void aFailedRunIsMailedOnce() throws Exception {
    ConnectedTenant.admin(
        sandbox, "DELETE", "/apps/" + clientId + "/permissions/User.Read.All", null);
    JsonObject failed;
    try {
      ok(server.postJson("/api/connection/reconnect", "{}"));
      failed = server.awaitRunEnd(server.startRun("{}"), Duration.ofMinutes(4));
    } finally {
      ConnectedTenant.admin(
          sandbox, "PUT", "/apps/" + clientId + "/permissions/User.Read.All", null);
      server.postJson("/api/connection/reconnect", "{}");
    }
    assertEquals("FAILED", failed.getString("status"), failed.toString());
    CyncServer.await(
        Duration.ofSeconds(30),
        "the mail about the failed run",
        () -> mailsAbout("Run " + failed.getInt("run") + " failed").size() == 1);
    JsonObject next = server.awaitRunEnd(server.startRun("{}"), Duration.ofMinutes(4));
    assertEquals("COMPLETED", next.getString("status"), next.toString());
    assertExact();
  }

  // ---------------------------------------------------------------- helpers

  static void ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
  }

  /** Slow Graph enough for a browser to watch a run (a second per request), or back to none. */
  static void slowGraph(boolean slow) throws Exception {
    ConnectedTenant.adminJson(
        sandbox,
        "PUT",
        "/latency",
        slow ? "{\"minMillis\":700,\"maxMillis\":900}" : "{\"minMillis\":0,\"maxMillis\":0}");
  }

  /** The text of the first match; "" while a poll replaces the element under our feet. */
  static String textOf(String css) {
    try {
      List<WebElement> found = browser.findElements(By.cssSelector(css));
      return found.isEmpty() ? "" : found.get(0).getText().trim();
    } catch (org.openqa.selenium.StaleElementReferenceException replacedByPoll) {
      return "";
    }
  }

  static String awaitText(String css, Duration within) {
    CyncServer.await(within, css + " with text", () -> !textOf(css).isEmpty());
    return textOf(css);
  }

  static int runNumber(JsonObject run) {
    return run.getInt("run");
  }

  /** The text of the history row of run number {@code n}. */
  static String rowOf(int n) {
    for (WebElement tr : browser.findElements(By.cssSelector("tr"))) {
      List<WebElement> cells = tr.findElements(By.tagName("td"));
      if (!cells.isEmpty() && cells.get(0).getText().trim().equals(Integer.toString(n))) {
        return tr.getText();
      }
    }
    throw new AssertionError("no row for run " + n + " in " + browser.getPageSource());
  }

  static List<CSVRecord> csv(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        r.headers().toString());
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .get()
        .parse(new StringReader(r.body()))
        .getRecords();
  }

  static void click(String css) {
    CyncServer.await(
        Duration.ofSeconds(15),
        css + " to be shown",
        () -> browser.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed));
    browser.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElseThrow()
        .click();
  }

  /** A run that brings every mailbox to the directory as it is now (after dry runs, failures). */
  static void settle() {
    JsonObject run = server.awaitRunEnd(server.startRun("{}"), Duration.ofMinutes(4));
    assertEquals("COMPLETED", run.getString("status"), run.toString());
    assertExact();
  }

  static long newestExecution() {
    return server
        .getJson("/api/runs?max=1")
        .asJsonArray()
        .getJsonObject(0)
        .getJsonNumber("executionId")
        .longValue();
  }

  static boolean audited(String action, String detailPart) {
    return server.getJson("/api/audit?max=50").asJsonArray().getValuesAs(JsonObject.class).stream()
        .anyMatch(
            e ->
                e.getString("action").equals(action)
                    && e.getString("actor").equals("admin")
                    && e.getString("detail").contains(detailPart));
  }

  static String groupNamed(String name) {
    return SandboxTruth.groupNamed(sandbox, name);
  }

  static long writes() {
    return SandboxTruth.writes(sandbox);
  }

  static long creates() {
    return SandboxTruth.creates(sandbox);
  }

  /** The request-ids of the error answers with this code the sandbox sent for this mailbox. */
  static Set<String> requestIdsTheSandboxSent(String code, String mailboxId) {
    Set<String> sent = new java.util.HashSet<>();
    for (JsonElement e : sandbox.pipeline().errors().toJson()) {
      var o = e.getAsJsonObject();
      if (code.equals(o.get("code").getAsString())
          && o.get("path").getAsString().contains(mailboxId)) {
        sent.add(o.get("request-id").getAsString());
      }
    }
    return sent;
  }

  static List<MimeMessage> mailsAbout(String subjectPart) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        if (m.getSubject().contains(subjectPart)) {
          found.add(m);
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new AssertionError(e);
      }
    }
    return found;
  }

  // ------------------------------------------------ the sandbox's truth

  static boolean enabledMemberWithMail(DirectoryUser u) {
    return SandboxTruth.enabledMemberWithMail(u);
  }

  static Map<String, String> sources() {
    return sandbox
        .directory()
        .read(
            () -> {
              Map<String, String> m = new TreeMap<>();
              sandbox.directory().allUsers().stream()
                  .filter(OperationsIT::enabledMemberWithMail)
                  .forEach(u -> m.put(u.id(), u.string("displayName")));
              return m;
            });
  }

  static List<String> targets() {
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

  /**
   * Our contacts in a mailbox's CYNC folder, source ID → display names, as the sandbox has them.
   */
  static Map<String, List<String>> ours(String mailboxId) {
    return SandboxTruth.ours(sandbox, mailboxId, FOLDER);
  }

  static long contactsInTargets() {
    return targets().stream()
        .mapToLong(t -> ours(t).values().stream().mapToLong(List::size).sum())
        .sum();
  }

  /** Every target mailbox holds every source exactly once, by name. */
  static void assertExact() {
    Map<String, List<String>> wanted = new TreeMap<>();
    sources().forEach((id, name) -> wanted.put(id, List.of(name)));
    for (String t : targets()) {
      assertEquals(wanted, ours(t), "contacts of ours in mailbox " + t);
    }
  }
}
