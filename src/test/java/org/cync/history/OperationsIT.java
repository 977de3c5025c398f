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
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cync.contacts.Marker;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.settings.SyncOptions;
import org.cync.testing.Browser;
import org.cync.testing.ConnectedTenant;
import org.cync.testing.CyncServer;
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
    ConnectedTenant.connect(server, sandbox);
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
  void theRunPageShowsAMailboxFailureWithGraphsCodeAndRequestId() throws Exception {
    // TODO after merge: unavailable mailbox, reconcile, run page and CSVs
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

  static String textOf(String css) {
    List<WebElement> found = browser.findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getText().trim();
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

  static List<MimeMessage> mailsAbout(String subjectPart) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getSubject().contains(subjectPart)) {
        found.add(m);
      }
    }
    return found;
  }

  // ------------------------------------------------ the sandbox's truth

  static boolean enabledMemberWithMail(DirectoryUser u) {
    return !u.deleted()
        && u.get("accountEnabled").getAsBoolean()
        && !"Guest".equals(u.string("userType"))
        && u.string("mail") != null;
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
    Mailbox m = sandbox.mailboxes().mailbox(mailboxId);
    Map<String, List<String>> out = new TreeMap<>();
    for (JsonElement f : MailboxAdmin.folders(m)) {
      if (!FOLDER.equals(f.getAsJsonObject().get("displayName").getAsString())) {
        continue;
      }
      for (JsonElement c : MailboxAdmin.contacts(m, f.getAsJsonObject().get("id").getAsString())) {
        Map<String, Object> stored =
            new com.google.gson.Gson()
                .fromJson(
                    c.getAsJsonObject().get("stored"),
                    new com.google.gson.reflect.TypeToken<Map<String, Object>>() {}.getType());
        Marker.sourceIdOf(stored)
            .ifPresent(
                id ->
                    out.computeIfAbsent(id, k -> new ArrayList<>())
                        .add((String) stored.get("displayName")));
      }
    }
    return out;
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
