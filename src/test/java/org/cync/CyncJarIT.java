package org.cync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cync.testing.Browser;
import org.cync.testing.CyncServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * CYNC as an operator runs it ({@code java -jar target/cync.jar}): ready with both stores, the
 * console in a real browser, and data that survives a stop and a new start on the same data
 * directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CyncJarIT {
  private static Path data;
  private static CyncServer server;

  @BeforeAll
  static void start() {
    data = CyncServer.freshDataDir("cync-jar");
    server = CyncServer.start(data);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void readyAndLiveWithBothStoresInTheDataDirectory() {
    JsonObject ready = server.getJson("/health/ready").asJsonObject();
    assertEquals("UP", ready.getString("status"));
    JsonObject stores =
        ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("stores"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("data");
    assertEquals("UP", stores.getString("derby"));
    assertEquals("UP", stores.getString("h2-batch-repository"));
    assertEquals("UP", server.getJson("/health/live").asJsonObject().getString("status"));

    assertTrue(
        Files.exists(data.resolve("derby/service.properties")),
        "Derby database under the data directory");
    assertTrue(
        Files.exists(data.resolve("batch/jobs.mv.db")),
        "H2 job repository under the data directory");
    assertTrue(Files.exists(data.resolve("derby.log")), "derby.log goes to the data directory");
  }

  @Test
  @Order(2)
  void theConsoleStartsARunAndShowsItInARealBrowser() throws IOException {
    ChromeDriver browser = Browser.open();
    try {
      browser.get(server.uri("/").toString());
      assertEquals("CYNC · Sign in", browser.getTitle(), "the console asks for a login first");
      browser.findElement(By.id("login:user")).sendKeys("admin");
      browser.findElement(By.id("login:password")).sendKeys("wrong");
      browser.findElement(By.id("login:submit")).click();
      // Wait for the answer page: the old page's elements go stale under a reader (seen on CI).
      assertEquals(
          Boolean.TRUE,
          new WebDriverWait(browser, Duration.ofSeconds(30))
              .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
              .until(
                  b ->
                      b.findElement(By.id("messages"))
                          .getText()
                          .contains("Wrong user name or password.")));
      browser.findElement(By.id("login:user")).clear();
      browser.findElement(By.id("login:user")).sendKeys("admin");
      browser.findElement(By.id("login:password")).sendKeys(CyncServer.ADMIN_PASSWORD);
      browser.findElement(By.id("login:submit")).click();
      // The sign-in answers with a redirect; the dashboard may still be on its way (seen flaky).
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(b -> "CYNC · Dashboard".equals(b.getTitle()));
      assertEquals("1", browser.findElement(By.id("starts")).getText());

      browser.findElement(By.id("runs:start")).click();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(
          b -> b.findElement(By.id("messages")).getText().matches("(?s).*Run \\d+ started\\..*"));
      new WebDriverWait(browser, Duration.ofSeconds(60))
          .until(
              b -> {
                b.navigate().refresh();
                return b.findElement(By.id("runs:table")).getText().contains("COMPLETED");
              });
      assertEquals(
          "45",
          browser.findElement(By.id("snapshotSize")).getText(),
          "50 sample users, 5 disabled");
      Browser.screenshot(browser, "dashboard.png");
    } finally {
      browser.quit();
    }
  }

  @Test
  @Order(3)
  void theConsoleAndTheApiRequireLoginAndTheLogHoldsNoPassword() {
    HttpResponse<String> page = server.getAnonymously("/");
    assertEquals(302, page.statusCode());
    assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    HttpResponse<String> api = server.getAnonymously("/api/runs");
    assertEquals(401, api.statusCode());
    assertTrue(api.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
    assertEquals(200, server.get("/api/runs").statusCode());
    assertFalse(
        server.log().contains(CyncServer.ADMIN_PASSWORD), "the password never reaches the log");
    assertFalse(
        Files.exists(data.resolve("initial-admin-password")),
        "a configured password needs no initial one");
  }

  @Test
  @Order(4)
  void dataSurvivesAStopAndANewStartOnTheSameDirectory() {
    JsonObject before = server.getJson("/api/installation").asJsonObject();
    assertEquals(1, before.getInt("starts"));
    long snapshot =
        server.getJson("/api/directory/snapshot").asJsonObject().getJsonNumber("size").longValue();
    assertEquals(45, snapshot);

    server.stop();
    server = CyncServer.start(data);

    JsonObject after = server.getJson("/api/installation").asJsonObject();
    assertEquals(2, after.getInt("starts"));
    assertEquals(before.getString("installedAt"), after.getString("installedAt"));
    assertEquals(
        snapshot,
        server.getJson("/api/directory/snapshot").asJsonObject().getJsonNumber("size").longValue());
    JsonObject run = server.getJson("/api/runs").asJsonArray().getJsonObject(0);
    assertEquals("COMPLETED", run.getString("status"), "the run history is still there");
  }
}
