package org.cync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cync.sandbox.GraphSandbox;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sync settings in {@code cync.jar}, one server for both audiences: a script on {@code
 * /api/sync-settings} (defaults, partial changes merged, problems and nothing saved, the audit
 * log), then an administrator on the Sync settings page in Chromium, then the schedule those
 * settings drive, on a sandbox tenant.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncSettingsIT {
  static final String GROUP = "3F2B8C1E-4D5A-4B6C-8D7E-9F0A1B2C3D4E";
  static final String API = "/api/sync-settings";
  static CyncServer server;

  /**
   * The length of the schedule's "minute" in this server (a test hook): the schedule's behaviour is
   * the same at any unit, and the test need not wait for real minutes. The test waits about four of
   * them; 10 s still leaves a delta run of this tenant 7 s to end before the next firing ({@link
   * #quietBeforeTheNextFiring}), and a test "day" (1440 of them, 4 hours) longer than the weekly
   * slot's 2 hours.
   */
  static final Duration MINUTE = Duration.ofSeconds(10);

  @BeforeAll
  static void start() {
    server =
        CyncServer.start(
            CyncServer.freshDataDir("cync-sync-settings"),
            "-Dcync.test-hooks=on",
            "-Dcync.test.schedule-minute=" + MINUTE);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static JsonObject put(String json, int status) {
    HttpResponse<String> r = server.send("PUT", API, json);
    assertEquals(status, r.statusCode(), json + " -> " + r.body());
    return CyncServer.parse(r.body());
  }

  static JsonObject current() {
    return server.getJson(API).asJsonObject();
  }

  static List<String> groupIds(JsonObject settings) {
    return settings
        .getJsonObject("targets")
        .getJsonArray("groupIds")
        .getValuesAs(jakarta.json.JsonString::getString);
  }

  @Test
  @Order(1)
  void theApiMergesPartialChangesRefusesBadOnesAndAuditsEachChange() {
    JsonObject defaults = current();
    assertEquals(64, defaults.getInt("mailboxParallelism"));
    assertEquals("Company Directory", defaults.getString("folderName"));
    assertEquals(500, defaults.getJsonObject("guard").getInt("maxDeletes"));
    assertTrue(defaults.getJsonObject("sources").getBoolean("enabledOnly"));
    assertTrue(defaults.getJsonObject("mapping").isNull("category"));
    assertEquals(401, server.getAnonymously(API).statusCode());

    JsonObject saved = put("{\"targets\":{\"groupIds\":[\"" + GROUP + "\"]}}", 200);
    assertEquals(List.of(GROUP.toLowerCase()), groupIds(saved));
    assertEquals(64, saved.getInt("mailboxParallelism"), "fields not given keep their value");
    saved = put("{\"mailboxParallelism\":32,\"guard\":{\"maxDeletePercent\":5}}", 200);
    assertEquals(List.of(GROUP.toLowerCase()), groupIds(saved), "merged, not replaced");
    assertEquals(500, saved.getJsonObject("guard").getInt("maxDeletes"), "merged per object");
    assertEquals(5, saved.getJsonObject("guard").getInt("maxDeletePercent"));
    assertEquals(saved, current());
    assertEquals(64, put("{\"mailboxParallelism\":64}", 200).getInt("mailboxParallelism"));

    JsonObject refused =
        put(
            "{\"targets\":{\"groupIds\":[\"Sales\"]},\"guard\":{\"maxDeletes\":-1},"
                + "\"folderName\":\"a/b\",\"mailboxParalellism\":8}",
            400);
    JsonObject problems = refused.getJsonObject("problems");
    assertEquals(
        "Group IDs are object IDs (GUIDs) from Entra ID → Groups → Overview, not names: 'Sales'",
        problems.getString("targets.groupIds"));
    assertTrue(problems.containsKey("guard.maxDeletes"), problems.toString());
    assertTrue(problems.containsKey("folderName"), problems.toString());
    assertTrue(problems.getString("mailboxParalellism").contains("Unknown"), problems.toString());
    JsonObject after = current();
    assertEquals(List.of(GROUP.toLowerCase()), groupIds(after), "nothing saved");
    assertEquals(500, after.getJsonObject("guard").getInt("maxDeletes"), "nothing saved");
    assertEquals(400, server.send("PUT", API, "[1]").statusCode());
    assertEquals(415, server.sendRaw("PUT", API, "text/plain", "{}").statusCode());

    JsonArray audit = server.getJson("/api/audit").asJsonArray();
    List<JsonObject> ours =
        audit.getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("action").equals("Sync settings"))
            .toList();
    assertEquals(3, ours.size(), audit.toString());
    assertEquals("admin", ours.get(2).getString("actor"));
    assertEquals(
        "targets.groupIds: (none) → " + GROUP.toLowerCase(), ours.get(2).getString("detail"));
    assertEquals(
        "guard.maxDeletePercent: 10 → 5; mailboxParallelism: 64 → 32",
        ours.get(1).getString("detail"));
    assertEquals("mailboxParallelism: 32 → 64", ours.get(0).getString("detail"));
  }

  @Test
  @Order(2)
  void anAdministratorChangesSettingsOnThePageAndTheyAreKept() throws Exception {
    assertFalse(
        server.getAnonymously("/sync.xhtml").body().contains("sync:save"),
        "the page needs a login");
    Browser.recording("sync-settings", SyncSettingsIT::pageFlow);
  }

  private static void pageFlow(ChromeDriver browser) throws Exception {
    Browser.signIn(browser, server.uri("/"));
    browser.findElement(By.id("navSync")).click();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(b -> b.getTitle().equals("CYNC · Sync settings"));
    assertEquals(List.of(GROUP.toLowerCase()), tokens(browser, "targets_groups"));
    assertTrue(
        section(browser, "targets").getText().contains("No tenant is connected"),
        "the pickers say why they cannot search");

    type(field(browser, "folderName"), "  Kollegen ");
    type(field(browser, "mapping_category"), "CYNC");
    choose(browser, wait, "sources_departments", "Sales", "Sales");
    choose(browser, wait, "sources_departments", "IT", "IT");
    browser.findElement(By.cssSelector("[id='sync:mapping_manager'] .ui-chkbox-box")).click();
    browser.findElement(By.cssSelector("[id='sync:mapping_photos'] .ui-chkbox-box")).click();
    assertTrue(
        section(browser, "mapping").getText().contains("one directory look-up"),
        "what photos cost is said beside them");
    type(field(browser, "schedule_everyMinutes"), "90");
    type(field(browser, "schedule_reconcileEveryDays"), "0");
    int audited = auditCount();
    browser.findElement(By.id("sync:save")).click();
    wait.until(b -> b.findElement(By.id("messages")).getText().contains("Saved."));
    assertTrue(
        browser.findElement(By.id("messages")).getText().contains("The schedule counts from now"),
        browser.findElement(By.id("messages")).getText());
    screenshot(browser, "sync-settings.png", "messages");

    browser.navigate().refresh();
    wait.until(b -> b.getTitle().equals("CYNC · Sync settings"));
    assertEquals("Kollegen", field(browser, "folderName").getAttribute("value"));
    assertEquals("CYNC", field(browser, "mapping_category").getAttribute("value"));
    assertEquals(List.of("IT", "Sales"), tokens(browser, "sources_departments"));
    assertEquals("false", field(browser, "mapping_manager_input").getDomProperty("checked"));
    assertEquals("true", field(browser, "mapping_jobTitle_input").getDomProperty("checked"));
    assertEquals("true", field(browser, "mapping_photos_input").getDomProperty("checked"));
    assertEquals("90", field(browser, "schedule_everyMinutes").getAttribute("value"));
    JsonObject saved = current();
    assertEquals("Kollegen", saved.getString("folderName"));
    assertFalse(saved.getJsonObject("mapping").getBoolean("manager"));
    assertTrue(saved.getJsonObject("mapping").getBoolean("photos"));
    assertEquals(
        Json.createObjectBuilder()
            .add("enabled", true)
            .add("everyMinutes", 90)
            .add("reconcileEveryDays", 0)
            .addNull("reconcileDay")
            .add("reconcileTime", "02:00")
            .add("timeZone", "UTC")
            .addNull("pausedUntil")
            .add("connectionCheck", true)
            .build(),
        saved.getJsonObject("schedule"));
    assertEquals("DEDICATED_FOLDER", saved.getString("folderMode"));
    assertEquals(audited + 1, auditCount(), "one save, one audit entry");

    type(field(browser, "mailboxParallelism"), "999");
    field(browser, "mapping_category").clear();
    section(browser, "folder")
        .findElement(By.cssSelector("[id='sync:folderMode'] input[value='DEFAULT_FOLDER']"))
        .findElement(By.xpath("../following-sibling::div"))
        .click();
    type(field(browser, "schedule_everyMinutes"), "0");
    browser.findElement(By.id("sync:save")).click();
    wait.until(b -> b.findElement(By.id("messages")).getText().contains("Not saved"));
    assertTrue(
        section(browser, "performance").getText().contains("1 to 256"),
        "the message is beside its field");
    String folder = section(browser, "folder").getText();
    assertTrue(folder.contains("needs a category"), folder);
    assertTrue(
        section(browser, "schedule").getText().contains("switch the schedule off"),
        "the message is beside its field");
    screenshot(browser, "sync-settings-refused.png", "sync:performance");
    screenshot(browser, "sync-settings-folder-refused.png", "sync:folder");
    assertEquals(saved, current(), "nothing saved");
    assertEquals(audited + 1, auditCount());

    browser.findElement(By.linkText("Dashboard")).click();
    wait.until(b -> b.getTitle().equals("CYNC · Dashboard"));
    String card = browser.findElement(By.id("scheduleCard")).getText();
    assertTrue(card.contains("Next scheduled run: "), card);
    assertTrue(card.contains("(delta)"), "reconcileEveryDays 0: never a full reconcile; " + card);
    assertTrue(card.contains("skipped until a tenant is connected"), card);
    screenshot(browser, "dashboard-schedule.png", "scheduleCard");
  }

  /**
   * The schedule on a connected tenant: every minute, a run with {@code trigger=schedule} starts by
   * itself and completes; the first is a full reconcile; a firing while a run is still going (held
   * in the sandbox, not timed) is skipped and audited; switched off, no run comes next and none
   * starts.
   */
  @Test
  @Order(3)
  void theScheduleStartsRunsByItselfSkipsWhileOneRunsAndStopsWhenSwitchedOff() throws Exception {
    try (GraphSandbox sandbox = GraphSandbox.builder().users(30).mailboxes(3).seed(11).start()) {
      assertFalse(schedule().getBoolean("connected"));
      ConnectedTenant.connect(server, sandbox);
      String cyncTargets =
          sandbox
              .directory()
              .read(
                  () ->
                      sandbox.directory().groups().stream()
                          .filter(
                              g ->
                                  g.props().get("displayName").getAsString().equals("CYNC Targets"))
                          .findFirst()
                          .orElseThrow()
                          .id());
      Browser.recording("sync-settings-picker", b -> pickTargetsByName(b, cyncTargets));
      // Every member with a mailbox is a target and a source again; then a run every minute.
      put(
          "{\"targets\":{\"groupIds\":[]},\"sources\":{\"departments\":[]},"
              + "\"mapping\":{\"photos\":false},"
              + "\"schedule\":{\"everyMinutes\":1,\"reconcileEveryDays\":7}}",
          200);
      Instant saved = Instant.now();
      JsonObject armed = schedule();
      assertTrue(armed.getBoolean("connected"));
      assertEquals(1, armed.getInt("everyMinutes"));
      Instant next = Instant.parse(armed.getString("nextRun"));
      assertTrue(
          next.isAfter(saved.plus(MINUTE.dividedBy(2))) && !next.isAfter(saved.plus(MINUTE)),
          "one interval after the change: " + next + " vs " + saved);
      assertTrue(armed.getBoolean("nextRunReconcile"), "no reconcile has ever finished");
      assertTrue(armed.isNull("lastStarted"), armed.toString());

      CyncServer.await(
          MINUTE.plusSeconds(15), "a scheduled run", () -> !schedule().isNull("lastStarted"));
      JsonObject started = schedule().getJsonObject("lastStarted");
      long first = started.getJsonNumber("executionId").longValue();
      JsonObject parameters = started.getJsonObject("parameters");
      assertEquals("schedule", parameters.getString("trigger"), started.toString());
      assertEquals("true", parameters.getString("reconcile"), "the first one reconciles");
      JsonObject run = awaitEnd(first);
      assertEquals("COMPLETED", run.getString("status"), run.toString());
      assertFalse(schedule().getBoolean("nextRunReconcile"), "a reconcile has just finished");

      // A run whose first Graph request the sandbox holds is still going when the schedule fires.
      Instant firing = quietBeforeTheNextFiring();
      CountDownLatch release = new CountDownLatch(1);
      sandbox.latency().hold(() -> awaitQuietly(release));
      long busy;
      try {
        HttpResponse<String> held = server.send("POST", "/api/runs", "{}");
        assertEquals(202, held.statusCode(), held.body());
        busy = CyncServer.parse(held.body()).getJsonNumber("executionId").longValue();
        String expected = "Scheduled run skipped: run " + busy + " is still running.";
        CyncServer.await(
            MINUTE.plusSeconds(15),
            "a skip in the audit log",
            () -> scheduleAudit().stream().anyMatch(e -> e.getString("detail").equals(expected)));
        JsonObject skip =
            scheduleAudit().stream()
                .filter(e -> e.getString("detail").equals(expected))
                .findFirst()
                .orElseThrow();
        assertEquals("cync", skip.getString("actor"));
        JsonObject status = schedule();
        assertTrue(
            status.getJsonObject("lastStarted").getJsonNumber("executionId").longValue() < busy,
            "the schedule started nothing while the run was going: " + status);
        assertEquals(
            "run " + busy + " is still running",
            status.getJsonObject("lastSkipped").getString("reason"),
            status.toString());

        put("{\"schedule\":{\"enabled\":false}}", 200);
        JsonObject stopped = schedule();
        assertFalse(stopped.getBoolean("enabled"));
        assertTrue(stopped.isNull("nextRun"), stopped.toString());
        assertTrue(stopped.isNull("nextRunReconcile"), stopped.toString());
      } finally {
        sandbox.latency().hold(null);
        release.countDown();
      }
      assertEquals("COMPLETED", awaitEnd(busy).getString("status"));
      int skips = scheduleAudit().size();
      long untilAfterTheNextFiring =
          Duration.between(Instant.now(), firing.plus(MINUTE).plusSeconds(5)).toMillis();
      Thread.sleep(Math.max(0, untilAfterTheNextFiring));
      assertEquals(skips, scheduleAudit().size(), "no firing after the schedule was switched off");
      assertEquals(
          busy,
          server
              .getJson("/api/runs?max=1")
              .asJsonArray()
              .getJsonObject(0)
              .getJsonNumber("executionId")
              .longValue(),
          "no run after the schedule was switched off");
      String log = server.log();
      assertTrue(log.contains("Scheduled run " + first + " started (full reconcile)"), log);
      assertTrue(log.contains("Schedule off"), log);
    }
  }

  @Test
  @Order(4)
  void aWeeklyReconcileAndAPauseAreSavedThroughTheApiAndTheNextRunFollowsThem() {
    java.time.ZoneId vienna = java.time.ZoneId.of("Europe/Vienna");
    java.time.ZonedDateTime slot =
        java.time.ZonedDateTime.now(vienna)
            .plusHours(2)
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    String hhmm = slot.toLocalTime().toString();
    put(
        "{\"schedule\":{\"enabled\":true,\"everyMinutes\":1440,\"reconcileDay\":\""
            + slot.getDayOfWeek()
            + "\",\"reconcileTime\":\""
            + hhmm
            + "\",\"timeZone\":\"Europe/Vienna\"}}",
        200);
    JsonObject weekly = schedule();
    assertEquals(slot.getDayOfWeek().toString(), weekly.getString("reconcileDay"));
    assertEquals(hhmm, weekly.getString("reconcileTime"));
    assertEquals("Europe/Vienna", weekly.getString("timeZone"));
    assertEquals(
        slot.toInstant().toString(),
        weekly.getString("nextRun"),
        "the slot (in 2 hours) comes before the interval's tick (a test 'day' is 4 hours)");
    assertTrue(weekly.getBoolean("nextRunReconcile"), weekly.toString());
    assertTrue(weekly.isNull("pausedUntil"), weekly.toString());

    java.time.ZonedDateTime pause = slot.plusDays(3);
    String until = pause.toLocalDate() + " " + pause.toLocalTime();
    put("{\"schedule\":{\"pausedUntil\":\"" + until + "\"}}", 200);
    JsonObject paused = schedule();
    assertEquals(pause.toInstant().toString(), paused.getString("pausedUntil"), paused.toString());
    assertEquals(
        pause.toInstant().toString(),
        paused.getString("nextRun"),
        "nothing in the pause; the runs go on at its end");
    assertTrue(paused.getBoolean("nextRunReconcile"), "the slot missed in the pause comes first");

    JsonObject problems =
        put(
                "{\"schedule\":{\"pausedUntil\":\"2020-01-01 08:00\","
                    + "\"timeZone\":\"Europe/Wien\",\"reconcileTime\":\"25:00\"}}",
                400)
            .getJsonObject("problems");
    assertTrue(
        problems.getString("schedule.pausedUntil").startsWith("Pause scheduled runs until:"),
        problems.toString());
    assertTrue(
        problems.getString("schedule.timeZone").startsWith("Time zone: enter an IANA"),
        problems.toString());
    assertTrue(
        problems.getString("schedule.reconcileTime").startsWith("Weekly full reconcile at"),
        problems.toString());
    assertEquals(paused.getString("pausedUntil"), schedule().getString("pausedUntil"));

    put("{\"schedule\":{\"pausedUntil\":null}}", 200);
    JsonObject lifted = schedule();
    assertTrue(lifted.isNull("pausedUntil"), lifted.toString());
    assertEquals(slot.toInstant().toString(), lifted.getString("nextRun"), "lifted");
    put("{\"schedule\":{\"enabled\":false}}", 200);
  }

  static JsonObject schedule() {
    return server.getJson("/api/schedule").asJsonObject();
  }

  /**
   * Waits until no run is going and the schedule fires in 3 seconds or more, within the interval (a
   * firing in between starts a delta run, which is let end); answers when it fires.
   */
  static Instant quietBeforeTheNextFiring() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(240);
    while (Instant.now().isBefore(deadline)) {
      Instant next = Instant.parse(schedule().getString("nextRun"));
      long ms = Duration.between(Instant.now(), next).toMillis();
      JsonObject newest = server.getJson("/api/runs?max=1").asJsonArray().getJsonObject(0);
      if (ms >= 3_000 && ms <= MINUTE.toMillis() && !GOING.contains(newest.getString("status"))) {
        return next;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no quiet moment before a firing; log:\n" + server.log());
  }

  static final List<String> GOING = List.of("STARTING", "STARTED", "STOPPING");

  static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(3, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static List<JsonObject> scheduleAudit() {
    return server
        .getJson("/api/audit?max=1000")
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.getString("action").equals("Schedule"))
        .toList();
  }

  static JsonObject awaitEnd(long id) {
    return server.awaitRunEnd(id, Duration.ofMinutes(4));
  }

  static void screenshot(ChromeDriver browser, String name, String scrollTo) throws Exception {
    browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(scrollTo)));
    Browser.screenshot(browser, name);
  }

  /**
   * Issue 14's picker: "CYNC Tar" typed into the target groups, "CYNC Targets" chosen from the
   * suggestions, saved as the group's object ID, and shown by its name again after a reload.
   */
  private static void pickTargetsByName(ChromeDriver browser, String groupId) throws Exception {
    Browser.signIn(browser, server.uri("/"));
    browser.findElement(By.id("navSync")).click();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(b -> b.getTitle().equals("CYNC · Sync settings"));
    String label = choose(browser, wait, "targets_groups", "CYNC Tar", groupId);
    assertTrue(label.startsWith("CYNC Targets"), label);
    assertTrue(tokens(browser, "targets_groups").contains(label), "chosen, shown by name");
    screenshot(browser, "sync-settings-picker.png", "sync:targets");
    browser.findElement(By.id("sync:save")).click();
    wait.until(b -> b.findElement(By.id("messages")).getText().contains("Saved."));
    assertTrue(groupIds(current()).contains(groupId), current().toString());
    browser.navigate().refresh();
    wait.until(b -> b.getTitle().equals("CYNC · Sync settings"));
    assertTrue(tokens(browser, "targets_groups").contains(label), "a saved ID shown by name");
    assertTrue(
        browser
            .findElement(By.cssSelector("[id$='targets_groups_ids']"))
            .getAttribute("textContent")
            .contains(groupId),
        "the ID in the detail");
  }

  /** Types into a picker and clicks the suggestion with that value; returns its label. */
  static String choose(
      ChromeDriver browser, WebDriverWait wait, String id, String typed, String value) {
    WebElement input = field(browser, id + "_input");
    input.sendKeys(typed);
    By item =
        By.cssSelector(
            "[id='sync:"
                + id
                + "_panel'] li.ui-autocomplete-item[data-item-value='"
                + value
                + "']");
    WebElement suggestion =
        wait.until(
            b -> {
              WebElement e = b.findElement(item);
              return e.isDisplayed() ? e : null;
            });
    String label = suggestion.getText();
    suggestion.click();
    wait.until(b -> tokens(browser, id).contains(label));
    return label;
  }

  /** The chosen entries of a picker, as the page shows them. */
  static List<String> tokens(ChromeDriver browser, String id) {
    section(browser, id);
    return browser
        .findElements(By.cssSelector("[id='sync:" + id + "'] .ui-autocomplete-token-label"))
        .stream()
        // textContent: while the section slides open, a clipped label's getText() is ""
        .map(e -> e.getAttribute("textContent").strip())
        .toList();
  }

  /** A field of the page, its section opened first (the sections start collapsed). */
  static WebElement field(ChromeDriver browser, String id) {
    WebElement e = browser.findElement(By.id("sync:" + id));
    open(browser, e);
    return e;
  }

  /** A section of the page (sources, targets, mapping, folder, ...), opened. */
  static WebElement section(ChromeDriver browser, String id) {
    WebElement e = browser.findElement(By.id("sync:" + id));
    open(browser, e);
    return e;
  }

  /** Opens the collapsed section holding {@code e} and waits until its content shows. */
  private static void open(ChromeDriver browser, WebElement e) {
    Object content =
        browser.executeScript(
            "var p = arguments[0].closest('.cync-section');"
                + " if (!p) return null;"
                + " var c = p.querySelector('.ui-panel-content');"
                + " if (c.offsetParent === null) PF('section_' + p.id.split(':').pop()).expand();"
                + " return c;",
            e);
    if (content instanceof WebElement c) {
      // Displayed, and done sliding open (PrimeFaces animates the panel with jQuery).
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(
              b ->
                  c.isDisplayed()
                      && Boolean.TRUE.equals(
                          browser.executeScript(
                              "return !window.jQuery || !jQuery(arguments[0]).is(':animated');",
                              c)));
    }
  }

  static void type(WebElement e, String text) {
    e.clear();
    e.sendKeys(text);
  }

  static int auditCount() {
    return (int)
        server.getJson("/api/audit").asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("action").equals("Sync settings"))
            .count();
  }
}
