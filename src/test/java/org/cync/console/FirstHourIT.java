package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cync.testing.Browser;
import org.cync.testing.CyncServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A newcomer's first hour, in Chromium, from an empty data directory and with no password
 * configured: sign in with the generated password, change it, use the simulated tenant, Test
 * Connection, choose the targets by typing "CYNC Targets", dry run, run, change a user's mobile
 * number on the Directory page, run, and see it on another user's Mailbox page. Every page is kept
 * as a screenshot under {@code target/screenshots/first-hour-NN-*.png}. What the mailboxes hold is
 * read from the simulated tenant's own administration API, not from CYNC's records.
 */
class FirstHourIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String OWN_PASSWORD = "first-Hour-Pässword-42";
  static Path data;
  static CyncServer server;
  static int shot;

  @BeforeAll
  static void start() {
    data = CyncServer.freshDataDir("cync-first-hour");
    // An empty value counts as none configured: CYNC generates the first password.
    server = CyncServer.start(data, Map.of("CYNC_ADMIN_PASSWORD", ""));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aNewcomersFirstHour() throws Exception {
    Browser.recording("first-hour", FirstHourIT::walk);
  }

  private static void walk(ChromeDriver b) throws Exception {
    WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(90));
    // Ajax updates replace the elements a condition is reading: look again rather than fail.
    wait.ignoring(StaleElementReferenceException.class);

    Path initialFile = data.resolve("initial-admin-password");
    assertTrue(Files.exists(initialFile), "the first password is where the console line says");
    assertTrue(server.console().contains("initial-admin-password"), server.console());
    String initial = Files.readString(initialFile).strip();

    b.get(server.uri("/").toString());
    wait.until(d -> d.getCurrentUrl().contains("/login.xhtml"));
    b.findElement(By.id("login:user")).sendKeys("admin");
    b.findElement(By.id("login:password")).sendKeys(initial);
    shot(b, "sign-in");
    b.findElement(By.id("login:submit")).click();

    wait.until(d -> d.getCurrentUrl().contains("/password.xhtml"));
    input(b, "password:current").sendKeys(initial);
    input(b, "password:password").sendKeys(OWN_PASSWORD);
    input(b, "password:repeat").sendKeys(OWN_PASSWORD);
    shot(b, "change-password");
    b.findElement(By.id("password:change")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/password.xhtml"));
    assertFalse(Files.exists(initialFile), "the generated password is gone once changed");
    assertEquals(401, api("GET", "/api/runs", initial).statusCode(), "the old password is dead");
    assertEquals(200, api("GET", "/api/runs", OWN_PASSWORD).statusCode());

    b.get(server.uri("/").toString());
    String steps = wait.until(d -> d.findElement(By.id("firstSteps"))).getText();
    assertTrue(
        steps.contains("simulated"), "the first-start checklist offers the tryout: " + steps);
    shot(b, "dashboard-first-steps");

    b.findElement(By.linkText("Connection")).click();
    wait.until(d -> d.findElement(By.id("simulated:startSimulated"))).click();
    wait.until(d -> text(d, "messages").contains("Simulated tenant started"));
    String adminUrl = wait.until(d -> adminUrlOf(text(d, "simulatedState")));
    shot(b, "simulated-tenant");
    b.findElement(By.id("test:run")).click();
    String summary = wait.until(d -> nonEmpty(text(d, "summary")));
    assertTrue(summary.contains("passed") && !summary.contains("fail"), summary);
    shot(b, "test-connection");

    b.get(server.uri("/sync.xhtml").toString());
    WebElement picker =
        wait.until(d -> d.findElement(By.cssSelector("[id$='targets_groups_input']")));
    openSectionOf(b, picker);
    picker.sendKeys("CYNC Targets");
    WebElement suggestion =
        wait.until(
            d ->
                d.findElements(By.cssSelector("li.ui-autocomplete-item")).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(li -> li.getText().startsWith("CYNC Targets"))
                    .findFirst()
                    .orElse(null));
    suggestion.click();
    wait.until(
        d ->
            d
                .findElements(By.cssSelector("[id$='targets_groups'] .ui-autocomplete-token-label"))
                .stream()
                .anyMatch(t -> t.getText().startsWith("CYNC Targets")));
    shot(b, "targets-chosen");
    b.findElement(By.cssSelector("[id='sync:save'], [id$=':save']")).click();
    wait.until(d -> text(d, "messages").contains("Saved"));
    JsonObject settings = json(api("GET", "/api/sync-settings", OWN_PASSWORD));
    assertEquals(
        1, settings.getJsonObject("targets").getJsonArray("groupIds").size(), "" + settings);

    Map<String, Long> empty = contactsPerMailbox(adminUrl);
    assertEquals(0L, total(empty), "nothing in any mailbox before the first run: " + empty);
    b.get(server.uri("/").toString());
    long dry = startAndAwait(b, wait, "runs:dryRun");
    shot(b, "dry-run-done");
    assertEquals(0L, total(contactsPerMailbox(adminUrl)), "a dry run writes nothing");
    assertTrue(dry > 0);

    startAndAwait(b, wait, "runs:start");
    Map<String, Long> filled = contactsPerMailbox(adminUrl);
    long full = filled.values().stream().filter(n -> n > 0).count();
    assertTrue(full >= 2, "the run filled the target mailboxes: " + filled);
    shot(b, "first-run-done");

    b.get(server.uri("/tryout-directory.xhtml").toString());
    WebElement row =
        wait.until(
            d ->
                d.findElements(By.cssSelector("[id='directory:users'] tbody tr")).stream()
                    .filter(r -> r.getText().contains("active · mailbox"))
                    .findFirst()
                    .orElse(null));
    String name = row.findElement(By.className("edit-user")).getText();
    row.findElement(By.className("edit-user")).click();
    wait.until(d -> d.findElement(By.id("userName")).getText().equals(name));
    String number = "+49 160 5550" + (100 + new Random().nextInt(800));
    WebElement mobile = b.findElement(By.id("user:mobilePhone"));
    mobile.clear();
    mobile.sendKeys(number);
    b.findElement(By.id("user:save")).click();
    wait.until(d -> text(d, "messages").contains("Saved"));
    showCentered(b, b.findElement(By.id("user:mobilePhone")));
    shot(b, "directory-mobile-changed");

    b.get(server.uri("/").toString());
    startAndAwait(b, wait, "runs:start");
    List<String> holding = mailboxesHolding(adminUrl, number);
    assertTrue(
        holding.size() >= 2,
        "the new number reached the other target mailboxes (simulated tenant's store): " + holding);

    b.get(server.uri("/tryout-mailbox.xhtml").toString());
    wait.until(d -> d.findElement(By.id("mailbox:choose"))).click();
    WebElement other =
        wait.until(
            d ->
                d.findElements(By.cssSelector("[id='mailbox:choose_items'] li")).stream()
                    .filter(li -> !li.getText().isBlank() && !li.getText().startsWith("Choose"))
                    .filter(li -> !li.getText().startsWith(name + " ·"))
                    .findFirst()
                    .orElse(null));
    String label = other.getText();
    other.click();
    wait.until(d -> !d.findElements(By.className("phone-contact")).isEmpty());
    WebElement contact =
        b.findElements(By.className("phone-contact")).stream()
            .filter(c -> c.getAttribute("textContent").contains(number))
            .findFirst()
            .orElseThrow(() -> new AssertionError(number + " is not on " + label + "'s phone"));
    contact.findElement(By.tagName("summary")).click();
    assertTrue(contact.getText().contains(number), contact.getText());
    showCentered(b, contact);
    shot(b, "mailbox-shows-new-number");

    // The end of the hour: a backup of what was set up (restore: BackupRestoreTest).
    HttpResponse<String> backup = api("POST", "/api/backup", OWN_PASSWORD, "{}");
    assertEquals(201, backup.statusCode(), backup.body());
    String written =
        Json.createReader(new StringReader(backup.body())).readObject().getString("name");
    Path folder = data.resolve("backups").resolve(written);
    assertTrue(Files.isDirectory(folder.resolve("derby")), "Derby's online backup in " + folder);
    assertTrue(Files.size(folder.resolve("batch-jobs.zip")) > 0, "H2's backup");
    assertTrue(Files.exists(folder.resolve("keystore.p12")), "the key store");
    assertTrue(json(api("GET", "/api/backup", OWN_PASSWORD)).toString().contains(written));
    assertEquals(
        415,
        api("POST", "/api/backup", OWN_PASSWORD, "x", "text/plain").statusCode(),
        "a cross-site form cannot post it");

    // The next morning: CYNC restarted keeps the simulated tenant (its mailboxes and sign-in).
    Map<String, Long> before = contactsPerMailbox(adminUrl);
    server.stop();
    server = CyncServer.start(data, Map.of("CYNC_ADMIN_PASSWORD", ""));
    assertEquals(before, contactsPerMailbox(adminUrl), "the mailboxes as they were");
    HttpResponse<String> started = api("POST", "/api/runs", OWN_PASSWORD, "{}");
    assertEquals(202, started.statusCode(), started.body());
    long id = json202(started).getJsonNumber("executionId").longValue();
    JsonObject run =
        awaitValue(
            Duration.ofMinutes(4),
            () -> {
              JsonObject r = json(api("GET", "/api/runs/" + id, OWN_PASSWORD));
              return List.of("STARTING", "STARTED", "STOPPING").contains(r.getString("status"))
                  ? null
                  : r;
            });
    assertEquals("COMPLETED", run.getString("status"), "a run after the restart signs in: " + run);
    assertEquals(before, contactsPerMailbox(adminUrl), "and finds nothing to change");
  }

  static JsonObject json202(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  /** Starts a run with the dashboard's button and waits for its end; answers its id. */
  static long startAndAwait(ChromeDriver b, WebDriverWait wait, String button) throws Exception {
    long before = newestRun();
    b.findElement(By.id(button)).click();
    long id = awaitValue(Duration.ofSeconds(30), () -> newestRun() > before ? newestRun() : null);
    Long ended =
        awaitValue(
            Duration.ofMinutes(4),
            () -> {
              JsonObject run = json(api("GET", "/api/runs/" + id, OWN_PASSWORD));
              String status = run.getString("status");
              if (List.of("STARTING", "STARTED", "STOPPING").contains(status)) {
                return null;
              }
              assertEquals("COMPLETED", status, run.toString());
              return id;
            });
    b.navigate().refresh();
    wait.until(d -> text(d, "lastRunOutcome").length() > 0);
    return ended;
  }

  static long newestRun() throws Exception {
    JsonArray runs =
        Json.createReader(new StringReader(api("GET", "/api/runs?max=1", OWN_PASSWORD).body()))
            .readArray();
    return runs.isEmpty() ? 0 : runs.getJsonObject(0).getJsonNumber("executionId").longValue();
  }

  /** Contacts per mailbox, as the simulated tenant holds them. */
  static Map<String, Long> contactsPerMailbox(String adminUrl) throws Exception {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (JsonValue v : adminArray(adminUrl + "/mailboxes")) {
      JsonObject m = v.asJsonObject();
      counts.put(m.getString("userId"), m.getJsonNumber("contacts").longValue());
    }
    return counts;
  }

  /** The mailboxes with a contact showing {@code number}, read folder by folder. */
  static List<String> mailboxesHolding(String adminUrl, String number) throws Exception {
    List<String> found = new ArrayList<>();
    for (String mailbox : contactsPerMailbox(adminUrl).keySet()) {
      for (JsonValue f : adminArray(adminUrl + "/mailboxes/" + mailbox + "/folders")) {
        String folder = f.asJsonObject().getString("id");
        String contacts = adminBody(adminUrl + "/mailboxes/" + mailbox + "/folders/" + folder);
        if (contacts.contains(number)) {
          found.add(mailbox);
        }
      }
    }
    return found;
  }

  static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  static JsonArray adminArray(String url) throws Exception {
    return Json.createReader(new StringReader(adminBody(url))).readArray();
  }

  static String adminBody(String url) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return r.body();
  }

  static HttpResponse<String> api(String method, String path, String password) throws Exception {
    return api(method, path, password, null);
  }

  static HttpResponse<String> api(String method, String path, String password, String json)
      throws Exception {
    return api(method, path, password, json, "application/json");
  }

  static HttpResponse<String> api(
      String method, String path, String password, String body, String contentType)
      throws Exception {
    String basic =
        Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder r =
        HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Basic " + basic);
    if (body != null) {
      r.header("Content-Type", contentType);
    }
    return HTTP.send(
        r.method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  /** The simulated tenant's administration URL, as the Connection page states it. */
  static String adminUrlOf(String state) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/admin)").matcher(state);
    return m.find() ? m.group(1) : null;
  }

  /**
   * Opens the collapsed section of the page that holds the field, by its header, as a user does.
   */
  static void openSectionOf(ChromeDriver b, WebElement field) {
    if (!field.isDisplayed()) {
      WebElement section =
          field.findElement(By.xpath("ancestor::div[contains(@class,'cync-section')]"));
      section.findElement(By.cssSelector(".ui-panel-titlebar")).click();
      new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> field.isDisplayed());
    }
  }

  /** Scrolls so that the screenshot shows the element. */
  static void showCentered(ChromeDriver b, WebElement e) {
    ((org.openqa.selenium.JavascriptExecutor) b)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
  }

  static WebElement input(ChromeDriver b, String id) {
    return b.findElement(By.cssSelector("[id='" + id + "'] input, input[id='" + id + "']"));
  }

  static String text(org.openqa.selenium.WebDriver d, String id) {
    List<WebElement> found = d.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  static String nonEmpty(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static void shot(ChromeDriver b, String what) throws Exception {
    Browser.screenshot(b, "first-hour-%02d-%s.png".formatted(++shot, what));
  }

  @FunctionalInterface
  interface Probe<T> {
    T value() throws Exception;
  }

  /** Polls until the probe answers a value; fails with what it waited for. */
  static <T> T awaitValue(Duration within, Probe<T> probe) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      T v = probe.value();
      if (v != null) {
        return v;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("nothing within " + within);
  }
}
