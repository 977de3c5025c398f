package org.cync.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cync.testing.Browser;
import org.cync.testing.CyncServer;
import org.cync.testing.Routes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's proof on one real CYNC: every route and page (read from the code) refuses strangers, a
 * Viewer reads and changes nothing, tokens work until revoked, a flood of wrong passwords neither
 * slows another address's sign-in nor escapes the lock-out, and oversized or broken input is
 * refused at once. The flood runs last: it leaves 127.0.0.1 throttled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {
  static final String VIEWER = "vera.viewer";
  static final String VIEWER_FIRST = "first-Password-of-Vera";
  static final String VIEWER_PASSWORD = "Vera's own passphrase";

  @TempDir static Path dir;
  static CyncServer server;
  static HttpClient local;
  static HttpClient other;

  @BeforeAll
  static void start() throws Exception {
    server = CyncServer.start(dir.resolve("data"));
    local = client("127.0.0.1");
    other = client("127.0.0.2");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static HttpClient client(String from) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .localAddress(InetAddress.getByName(from))
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  // --- strangers -------------------------------------------------------------------------------

  @Test
  @Order(1)
  void everyApiRouteAndPageRefusesAStranger() throws Exception {
    List<String> open = Routes.publicPatterns();
    List<String> wrong = new ArrayList<>();
    for (Routes.Route route : Routes.api()) {
      String path = route.path(SecurityIT::sample);
      if (Routes.matches(path, open)) {
        continue;
      }
      HttpResponse<String> r = send(local, route.method(), path, null, body(route));
      if (r.statusCode() != 401 || !isJson(r) || r.headers().firstValue("Set-Cookie").isPresent()) {
        wrong.add(route + " -> " + r.statusCode() + " " + abbreviate(r.body()));
      }
    }
    for (String page : Routes.pages()) {
      HttpResponse<String> r = send(local, "GET", page, null, null);
      boolean isOpen = Routes.matches(page, open);
      boolean ok =
          isOpen
              ? r.statusCode() == 200
              : r.statusCode() / 100 == 3
                  && r.headers().firstValue("Location").orElse("").contains("/login.xhtml");
      if (!ok) {
        wrong.add("GET " + page + " -> " + r.statusCode());
      }
    }
    assertTrue(wrong.isEmpty(), "refused a stranger wrongly: " + wrong);
  }

  // --- a Viewer ----------------------------------------------------------------------------------

  @Test
  @Order(2)
  void aViewerReadsEveryRouteAndPageAndChangesNothing() throws Exception {
    HttpResponse<String> made =
        send(
            local,
            "POST",
            "/api/accounts",
            admin(),
            json("name", VIEWER, "role", "VIEWER", "password", VIEWER_FIRST));
    assertEquals(2, made.statusCode() / 100, made.body());
    // The first sign-in must change the password the administrator gave.
    HttpResponse<String> before =
        send(local, "GET", "/api/runs", basic(VIEWER, VIEWER_FIRST), null);
    assertEquals(403, before.statusCode(), before.body());
    HttpResponse<String> changed =
        send(
            local,
            "PUT",
            "/api/accounts/" + VIEWER,
            basic(VIEWER, VIEWER_FIRST),
            json("currentPassword", VIEWER_FIRST, "password", VIEWER_PASSWORD));
    assertEquals(2, changed.statusCode() / 100, changed.body());

    String viewer = basic(VIEWER, VIEWER_PASSWORD);
    List<String> open = Routes.publicPatterns();
    List<String> wrong = new ArrayList<>();
    int reads = 0;
    int changes = 0;
    for (Routes.Route route : Routes.api()) {
      // Reads name the Viewer's own account (another's tokens are not theirs to list); changes
      // name the administrator's, which a Viewer may never change.
      String path = route.path(p -> route.changes() ? sample(p) : viewerSample(p));
      if (Routes.matches(path, open)) {
        continue;
      }
      HttpResponse<String> r = send(local, route.method(), path, viewer, body(route));
      int s = r.statusCode();
      if (route.changes()) {
        changes++;
        if (s != 403 || !isJson(r)) {
          wrong.add(route + " -> " + s + " " + abbreviate(r.body()));
        }
      } else {
        reads++;
        if (s == 401 || s == 403 || s >= 500 || !isJson(r) && !path.contains(".")) {
          wrong.add(route + " -> " + s + " " + abbreviate(r.body()));
        }
      }
      if (r.headers().firstValue("Set-Cookie").isPresent()) {
        wrong.add(route + " made a session: " + r.headers().firstValue("Set-Cookie").get());
      }
    }
    for (String page : Routes.pages()) {
      if (Routes.matches(page, open)) {
        continue;
      }
      HttpResponse<String> r = send(local, "GET", page, viewer, null);
      if (r.statusCode() != 200) {
        wrong.add("GET " + page + " -> " + r.statusCode());
      }
    }
    // The buttons that change something are not offered to a Viewer (and are to an Administrator).
    String asViewer = send(local, "GET", "/index.xhtml", viewer, null).body();
    String asAdmin = send(local, "GET", "/index.xhtml", admin(), null).body();
    for (String button : List.of("Start a run", "Dry run", "Full reconcile")) {
      assertTrue(asAdmin.contains(button), "an Administrator lacks " + button);
      assertFalse(asViewer.contains(button), "a Viewer is offered " + button);
    }
    assertTrue(asViewer.contains("signed in as a Viewer"), "no Viewer notice on the dashboard");
    System.out.printf(
        "security: viewer read %d routes, was refused %d changes, opened %d pages%n",
        reads, changes, Routes.pages().size());
    assertTrue(wrong.isEmpty(), "a Viewer was treated wrongly: " + wrong);
    assertTrue(changes > 10 && reads > 10, "too few routes found: " + reads + "/" + changes);
  }

  // --- tokens ------------------------------------------------------------------------------------

  @Test
  @Order(3)
  void aTokenWorksUntilItIsRevokedAndMakesNoSession() throws Exception {
    HttpResponse<String> made =
        send(local, "POST", "/api/accounts/admin/tokens", admin(), json("name", "nightly script"));
    assertEquals(2, made.statusCode() / 100, made.body());
    JsonObject token = JsonParser.parseString(made.body()).getAsJsonObject();
    String secret = token.get("secret").getAsString();
    String bearer = "Bearer " + secret;

    HttpResponse<String> read = send(local, "GET", "/api/runs", bearer, null);
    assertEquals(200, read.statusCode(), read.body());
    assertFalse(read.headers().firstValue("Set-Cookie").isPresent(), "a token call made a session");
    HttpResponse<String> change = send(local, "POST", "/api/diagnostics/reset-peak", bearer, "{}");
    assertEquals(2, change.statusCode() / 100, change.body());

    HttpResponse<String> list = send(local, "GET", "/api/accounts/admin/tokens", admin(), null);
    assertFalse(list.body().contains(secret), "the token list shows the secret");
    String id = token.get("id").getAsString();
    HttpResponse<String> revoked =
        send(local, "DELETE", "/api/accounts/admin/tokens/" + id, admin(), null);
    assertEquals(2, revoked.statusCode() / 100, revoked.body());
    HttpResponse<String> after = send(local, "GET", "/api/runs", bearer, null);
    assertEquals(401, after.statusCode(), after.body());
    assertTrue(isJson(after), after.body());
  }

  // --- the console: an account added on the Accounts page, its first sign-in -------------------

  @Test
  @Order(4)
  void anAccountAddedInTheConsoleChangesItsPasswordFirstAndThenSeesAsAViewer() throws Exception {
    String name = "otto.console";
    String first = "given-by-the-admin-1";
    String own = "chosen by Otto himself";
    String[] secret = new String[1];
    Browser.recording(
        "accounts-admin",
        b -> {
          WebDriverWait wait = Browser.waiting(b, 60);
          Browser.signIn(b, server.uri("/"));
          wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
          b.get(server.uri("/accounts.xhtml").toString());
          b.findElement(By.id("add:name")).sendKeys(name);
          b.findElement(By.cssSelector("#add\\:password input, input#add\\:password"))
              .sendKeys(first);
          b.findElement(By.id("add:save")).click();
          wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), name));
          b.findElement(By.id("tokens:name")).sendKeys("from the console");
          b.findElement(By.id("tokens:create")).click();
          wait.until(
              ExpectedConditions.textToBePresentInElementLocated(By.id("secretValue"), "cync_"));
          secret[0] = b.findElement(By.id("secretValue")).getText().strip();
          Browser.screenshot(b, "accounts-token-once.png");
        });
    assertEquals(200, send(local, "GET", "/api/runs", "Bearer " + secret[0], null).statusCode());
    String listed = send(local, "GET", "/api/accounts/admin/tokens", admin(), null).body();
    assertFalse(listed.contains(secret[0]), "the secret is listed after it was shown");

    Browser.recording(
        "accounts-first-sign-in",
        b -> {
          WebDriverWait wait = Browser.waiting(b, 60);
          b.get(server.uri("/").toString());
          b.findElement(By.id("login:user")).sendKeys(name);
          b.findElement(By.id("login:password")).sendKeys(first);
          b.findElement(By.id("login:submit")).click();
          wait.until(ExpectedConditions.urlContains("/password.xhtml"));
          b.get(server.uri("/sync.xhtml").toString());
          assertTrue(b.getCurrentUrl().contains("/password.xhtml"), "a page before the change");
          b.findElement(By.cssSelector("#password\\:current input, input#password\\:current"))
              .sendKeys(first);
          b.findElement(By.cssSelector("#password\\:password input, input#password\\:password"))
              .sendKeys(own);
          b.findElement(By.cssSelector("#password\\:repeat input, input#password\\:repeat"))
              .sendKeys(own);
          b.findElement(By.id("password:change")).click();
          wait.until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.tagName("body"), "signed in as a Viewer"));
          assertFalse(b.getPageSource().contains("Start a run"), "a Viewer is offered a start");
          Browser.screenshot(b, "viewer-dashboard.png");
        });
    assertEquals(200, send(local, "GET", "/api/runs", basic(name, own), null).statusCode());
  }

  // --- broken and oversized input ---------------------------------------------------------------

  @Test
  @Order(5)
  void brokenOrHugeInputIsRefusedAtOnceAndTestConnectionStillAnswers() throws Exception {
    List<String> answers = new ArrayList<>();
    long t0 = System.nanoTime();
    HttpResponse<String> devZero =
        send(local, "PUT", "/api/connection", admin(), json("trustedCaFile", "/dev/zero"));
    answers.add("/dev/zero: " + devZero.statusCode() + " " + devZero.body());
    assertEquals(400, devZero.statusCode(), devZero.body());
    assertTrue(devZero.body().contains("trustedCaFile"), devZero.body());

    HttpResponse<String> nothing = send(local, "PUT", "/api/sync-settings", admin(), "null");
    answers.add("null: " + nothing.statusCode() + " " + nothing.body());
    assertEquals(400, nothing.statusCode(), nothing.body());
    assertTrue(isJson(nothing) && !nothing.body().contains("Exception"), nothing.body());

    String huge = "x".repeat(20 << 20);
    HttpResponse<String> big =
        send(local, "PUT", "/api/sync-settings", admin(), json("folderName", huge));
    answers.add("20 MB: " + big.statusCode() + " " + abbreviate(big.body()));
    assertTrue(big.statusCode() == 413 || big.statusCode() == 400, big.body());
    assertTrue(isJson(big), big.body());

    HttpResponse<String> test = send(local, "POST", "/api/connection/test", admin(), "{}");
    answers.add("test connection: " + test.statusCode());
    assertTrue(test.statusCode() < 500 && isJson(test), test.body());
    System.out.printf(
        "security: bad input answered in %d ms in all: %s%n",
        (System.nanoTime() - t0) / 1_000_000, answers);
  }

  // --- a flood of wrong passwords
  // -----------------------------------------------------------------

  @Test
  @Order(6)
  void aFloodNeitherSlowsAnotherAddressNorEscapesTheLock() throws Exception {
    HttpResponse<String> made =
        send(
            other,
            "POST",
            "/api/accounts",
            admin(),
            json("name", "flooded", "role", "VIEWER", "password", "a pass of the flood victim"));
    assertEquals(2, made.statusCode() / 100, made.body());

    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<CompletableFuture<Integer>> flood = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        int n = i;
        flood.add(
            CompletableFuture.supplyAsync(
                () -> status(local, basic("flooded", "wrong password " + n)), pool));
      }
      long t0 = System.nanoTime();
      HttpResponse<String> mine = send(other, "GET", "/api/runs", admin(), null);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      List<Integer> statuses = flood.stream().map(CompletableFuture::join).toList();
      System.out.printf(
          "security: a correct sign-in from 127.0.0.2 during 50 parallel wrong ones took %d ms;"
              + " the flood got %s%n",
          millis, summary(statuses));
      assertEquals(200, mine.statusCode(), mine.body());
      assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses.toString());
      long checked = statuses.stream().filter(s -> s == 401).count();
      assertTrue(checked <= 5, "passwords checked during the flood: " + checked);
    } finally {
      pool.shutdownNow();
    }
    // Patient guessing from ever new addresses, waiting as told, is locked out at the tenth.
    int failures = 5;
    long t1 = System.nanoTime();
    for (int host = 3; !locked("flooded") && host < 60; host++) {
      HttpResponse<String> r =
          send(
              client("127.0.0." + host),
              "GET",
              "/api/runs",
              basic("flooded", "guess " + host),
              null);
      if (r.statusCode() == 401) {
        failures++;
      } else {
        assertEquals(429, r.statusCode(), r.body());
        long wait = Long.parseLong(r.headers().firstValue("Retry-After").orElse("1"));
        Thread.sleep(Math.min(wait, 30) * 1000 + 100);
      }
    }
    System.out.printf(
        "security: the lock after about %d failures took %d s of waiting as told%n",
        failures, (System.nanoTime() - t1) / 1_000_000_000);
    // The account is locked now: even its right password is refused, from any address.
    HttpResponse<String> right =
        send(other, "GET", "/api/runs", basic("flooded", "a pass of the flood victim"), null);
    assertTrue(right.statusCode() == 401 || right.statusCode() == 429, right.body());
    JsonObject account = account("flooded");
    assertTrue(
        account.has("lockedUntil") && !account.get("lockedUntil").isJsonNull(), account.toString());
    String audit = send(other, "GET", "/api/audit", admin(), null).body();
    assertTrue(audit.contains("flooded"), "no audit line names the account");
    assertTrue(
        audit.toLowerCase().contains("lock"), "no audit line of the lock: " + abbreviate(audit));

    HttpResponse<String> unlock =
        send(other, "PUT", "/api/accounts/flooded", admin(), "{\"unlock\":true}");
    assertEquals(2, unlock.statusCode() / 100, unlock.body());
  }

  // --- helpers
  // -------------------------------------------------------------------------------------

  static JsonObject account(String name) throws Exception {
    JsonElement all =
        JsonParser.parseString(send(other, "GET", "/api/accounts", admin(), null).body());
    JsonArray list =
        all.isJsonArray() ? all.getAsJsonArray() : all.getAsJsonObject().getAsJsonArray("accounts");
    for (JsonElement e : list) {
      if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
        return e.getAsJsonObject();
      }
    }
    throw new AssertionError("no account " + name + " in " + all);
  }

  static boolean locked(String name) throws Exception {
    JsonObject a = account(name);
    return a.has("lockedUntil") && !a.get("lockedUntil").isJsonNull();
  }

  static int status(HttpClient client, String auth) {
    try {
      return send(client, "GET", "/api/runs", auth, null).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String summary(List<Integer> statuses) {
    java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
    statuses.forEach(s -> counts.merge(s, 1L, Long::sum));
    return counts.toString();
  }

  /** A sample value for a path parameter: an existing account for names, a number otherwise. */
  static String sample(String param) {
    return param.toLowerCase().contains("name") || param.equals("account") ? "admin" : "1";
  }

  /** An empty JSON object for POST, PUT and PATCH; DELETE and GET carry no body. */
  static String body(Routes.Route route) {
    return route.changes() && !route.method().equals("DELETE") ? "{}" : null;
  }

  static String viewerSample(String param) {
    return sample(param).equals("admin") ? VIEWER : sample(param);
  }

  static String admin() {
    return basic("admin", CyncServer.ADMIN_PASSWORD);
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String json(String... keyValues) {
    JsonObject o = new JsonObject();
    for (int i = 0; i < keyValues.length; i += 2) {
      o.addProperty(keyValues[i], keyValues[i + 1]);
    }
    return o.toString();
  }

  static boolean isJson(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
  }

  static String abbreviate(String s) {
    return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }

  static HttpResponse<String> send(
      HttpClient client, String method, String path, String auth, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    if (!method.equals("GET")) {
      b.header("Content-Type", "application/json");
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
