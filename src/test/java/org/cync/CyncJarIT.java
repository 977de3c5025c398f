package org.cync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.cync.launcher.TestKeyStore;
import org.cync.testing.Browser;
import org.cync.testing.CyncServer;
import org.cync.testing.ListeningSockets;
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
 * directory (that start with a bind address and HTTPS: two starts in all).
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
    // Payara Micro deploys a WAR kept in MICRO-INF/deploy through an 85 MB copy in the temporary
    // folder, which a kill -9 leaves behind; CYNC's WAR is deployed from the data directory.
    try (Stream<Path> files = Files.list(CyncServer.temporaryFolderOf(data))) {
      List<String> large =
          files.filter(f -> f.toFile().length() > 1_000_000).map(f -> f.toString()).toList();
      assertEquals(List.of(), large, "no copy of the application in the temporary folder");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(Files.isRegularFile(data.resolve("runtime").resolve("ROOT.war")));
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
          Browser.waiting(browser, 30)
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
      Browser.waiting(browser, 30).until(b -> "CYNC · Dashboard".equals(b.getTitle()));
      browser.findElement(By.id("navAbout")).click();
      Browser.waiting(browser, 30).until(b -> "CYNC · About".equals(b.getTitle()));
      assertEquals("1", browser.findElement(By.id("starts")).getText());
      Browser.screenshot(browser, "about.png");
      browser.get(server.uri("/").toString());
      Browser.waiting(browser, 30).until(b -> "CYNC · Dashboard".equals(b.getTitle()));

      browser.findElement(By.id("runs:start")).click();
      WebDriverWait wait = Browser.waiting(browser, 30);
      wait.until(
          b -> b.findElement(By.id("messages")).getText().matches("(?s).*Run \\d+ started\\..*"));
      Browser.waiting(browser, 60)
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
  void pagesAndApiAnswersCarryTheSecurityHeadersAndOnlyTheHttpPortIsOpen() {
    for (HttpResponse<String> answer :
        List.of(server.getAnonymously("/login.xhtml"), server.get("/api/runs"))) {
      String what = answer.uri().getPath();
      assertEquals(200, answer.statusCode(), what);
      // The login page starts a session; an API call may not (then it has no cookie to check).
      String cookie =
          answer.headers().firstValue("Set-Cookie").orElse(what.equals("/api/runs") ? "" : "none");
      assertTrue(
          cookie.isEmpty() || cookie.matches("JSESSIONID=.*; HttpOnly; (?i)SameSite=Lax"),
          what + ": " + cookie);
      String policy = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
      assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElseThrow());
      assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElseThrow());
      assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElseThrow());
      String serverHeader = answer.headers().firstValue("Server").orElse("");
      assertFalse(serverHeader.contains("Payara") || serverHeader.matches(".*\\d.*"), serverHeader);
    }
    assertEquals(
        Set.of("*:" + server.port()),
        ListeningSockets.of(server.pid()),
        "only the HTTP port, on all interfaces: no Hazelcast (6900), no admin or debug port");
    assertFalse(server.log().contains("Hazelcast Instance Bound"), "Hazelcast does not start");
  }

  /**
   * The one more start, on the same data directory after a stop: with CYNC_BIND=127.0.0.1 and HTTPS
   * with a key store made by keytool it serves HTTPS only there, and the data of the first start
   * (installation, snapshot, run history) is still there. One start for both: each costs tens of
   * seconds on CI.
   */
  @Test
  @Order(5)
  void afterAStopANewStartWithABindAddressAndAKeyStoreServesHttpsOnlyThereAndKeepsTheData()
      throws Exception {
    JsonObject before = server.getJson("/api/installation").asJsonObject();
    assertEquals(1, before.getInt("starts"));
    long snapshot =
        server.getJson("/api/directory/snapshot").asJsonObject().getJsonNumber("size").longValue();
    assertEquals(45, snapshot);

    server.stop();
    Path keyStore = TestKeyStore.create(data.resolveSibling("tls.p12"), "it-tls-Pässword");
    int httpsPort = CyncServer.freePort();
    server =
        CyncServer.start(
            data,
            Map.of(
                "CYNC_BIND",
                "127.0.0.1",
                "CYNC_HTTPS_KEYSTORE",
                keyStore.toString(),
                "CYNC_HTTPS_PASSWORD",
                "it-tls-Pässword",
                "CYNC_HTTPS_PORT",
                Integer.toString(httpsPort)));
    assertEquals(
        Set.of("127.0.0.1:" + server.port(), "127.0.0.1:" + httpsPort),
        ListeningSockets.of(server.pid()));
    assertFalse(server.log().contains("it-tls-Pässword"), "the key store password is not logged");

    HttpResponse<String> plain = server.getAnonymously("/login.xhtml?x=1"); // http://localhost:PORT
    assertEquals(308, plain.statusCode());
    assertEquals(
        "https://localhost:" + httpsPort + "/login.xhtml?x=1",
        plain.headers().firstValue("Location").orElseThrow());

    KeyStore trusted = KeyStore.getInstance(keyStore.toFile(), "it-tls-Pässword".toCharArray());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    HttpClient https = HttpClient.newBuilder().sslContext(tls).build();
    String base = "https://127.0.0.1:" + httpsPort;
    HttpResponse<String> page =
        https.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertEquals(
        "max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElseThrow());
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("; Secure"), cookie);
    assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);

    JsonObject after = CyncServer.parse(adminGet(https, base + "/api/installation"));
    assertEquals(2, after.getInt("starts"));
    assertEquals(before.getString("installedAt"), after.getString("installedAt"));
    assertEquals(
        snapshot,
        CyncServer.parse(adminGet(https, base + "/api/directory/snapshot"))
            .getJsonNumber("size")
            .longValue());
    JsonObject run =
        Json.createReader(new StringReader(adminGet(https, base + "/api/runs")))
            .readArray()
            .getJsonObject(0);
    assertEquals("COMPLETED", run.getString("status"), "the run history is still there");

    for (InetAddress other : nonLoopbackAddresses()) {
      try (Socket socket = new Socket()) {
        assertThrows(
            IOException.class,
            () -> socket.connect(new InetSocketAddress(other, server.port()), 2000),
            "nothing answers on " + other);
      }
    }
  }

  /**
   * GET as the administrator (HTTP Basic) over the given client; fails unless the answer is 200.
   */
  private static String adminGet(HttpClient client, String url) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                ("admin:" + CyncServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + basic)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), url + ": " + answer.body());
    return answer.body();
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    return NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .toList();
  }
}
