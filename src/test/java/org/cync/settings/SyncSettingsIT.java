package org.cync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.cync.testing.Browser;
import org.cync.testing.CyncServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sync settings in {@code cync.jar}, one server for both audiences: a script on {@code
 * /api/sync-settings} (defaults, partial changes merged, problems and nothing saved, the audit
 * log), then an administrator on the Sync settings page in Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncSettingsIT {
  static final String GROUP = "3F2B8C1E-4D5A-4B6C-8D7E-9F0A1B2C3D4E";
  static final String API = "/api/sync-settings";
  static CyncServer server;

  @BeforeAll
  static void start() {
    server = CyncServer.start(CyncServer.freshDataDir("cync-sync-settings"));
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
    ChromeDriver browser = Browser.open();
    try {
      pageFlow(browser);
    } catch (AssertionError | RuntimeException e) {
      Path shot = Path.of("target", "screenshots", "sync-settings-failed.png");
      Files.createDirectories(shot.getParent());
      Files.copy(
          browser.getScreenshotAs(OutputType.FILE).toPath(),
          shot,
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(shot.resolveSibling("sync-settings-failed.html"), browser.getPageSource());
      throw e;
    } finally {
      browser.quit();
    }
  }

  private static void pageFlow(ChromeDriver browser) throws Exception {
    Browser.signIn(browser, server.uri("/"));
    browser.findElement(By.id("navSync")).click();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(b -> b.getTitle().equals("CYNC · Sync settings"));
    assertEquals(GROUP.toLowerCase(), field(browser, "targets_groupIds").getAttribute("value"));

    type(field(browser, "folderName"), "  Kollegen ");
    type(field(browser, "mapping_category"), "CYNC");
    type(field(browser, "sources_departments"), "Sales\n\nIT\nsales");
    browser.findElement(By.cssSelector("[id='sync:mapping_manager'] .ui-chkbox-box")).click();
    int audited = auditCount();
    browser.findElement(By.id("sync:save")).click();
    wait.until(b -> b.findElement(By.id("messages")).getText().contains("Saved."));
    screenshot(browser, "sync-settings.png", "messages");

    browser.navigate().refresh();
    wait.until(b -> b.getTitle().equals("CYNC · Sync settings"));
    assertEquals("Kollegen", field(browser, "folderName").getAttribute("value"));
    assertEquals("CYNC", field(browser, "mapping_category").getAttribute("value"));
    assertEquals("IT\nSales", field(browser, "sources_departments").getAttribute("value"));
    assertEquals("false", field(browser, "mapping_manager_input").getDomProperty("checked"));
    assertEquals("true", field(browser, "mapping_jobTitle_input").getDomProperty("checked"));
    JsonObject saved = current();
    assertEquals("Kollegen", saved.getString("folderName"));
    assertFalse(saved.getJsonObject("mapping").getBoolean("manager"));
    assertEquals(audited + 1, auditCount(), "one save, one audit entry");

    type(field(browser, "targets_groupIds"), "Sales");
    type(field(browser, "mailboxParallelism"), "999");
    browser.findElement(By.id("sync:save")).click();
    wait.until(b -> b.findElement(By.id("messages")).getText().contains("Not saved"));
    String targets = browser.findElement(By.id("sync:targets")).getText();
    assertTrue(
        targets.contains(
            "Group IDs are object IDs (GUIDs) from Entra ID → Groups → Overview, not names:"
                + " 'Sales'"),
        targets);
    assertTrue(
        browser.findElement(By.id("sync:performance")).getText().contains("1 to 256"),
        "the message is beside its field");
    assertEquals("Sales", field(browser, "targets_groupIds").getAttribute("value"), "kept to fix");
    screenshot(browser, "sync-settings-refused.png", "sync:targets");
    assertEquals(saved, current(), "nothing saved");
    assertEquals(audited + 1, auditCount());
  }

  static void screenshot(ChromeDriver browser, String name, String scrollTo) throws Exception {
    browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(scrollTo)));
    Path shot = Path.of("target", "screenshots", name);
    Files.createDirectories(shot.getParent());
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        shot,
        StandardCopyOption.REPLACE_EXISTING);
  }

  static WebElement field(ChromeDriver browser, String id) {
    return browser.findElement(By.id("sync:" + id));
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
