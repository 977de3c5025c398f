package org.cync.sandbox;

import static org.cync.sandbox.DirectoryApiTest.assertGraphError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * $batch rules, per (app, mailbox) throttling with a time scale, and injected faults. The clock
 * only moves when a test moves it, and overlapping requests are held in service by a {@link Hold},
 * so no result depends on how fast the machine is.
 */
class BatchAndThrottleTest {
  static GraphSandbox sandbox;
  static Raw raw;
  static String token;
  static List<String> mailboxes;
  static int next;
  static final UsersDeltaTest.MutableClock clock = new UsersDeltaTest.MutableClock();

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(80).seed(9).clock(clock).start();
    raw = new Raw(sandbox);
    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "Contacts.ReadWrite", "User.Read.All");
    token = sandbox.tokens().issue(sandbox.apps().find(app.clientId));
    mailboxes = Tenants.mailboxUsers(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void restore() {
    sandbox.reset();
    sandbox.limits().mailboxConcurrency = 4;
    sandbox.limits().mailboxRequestsPerWindow = 10_000;
    sandbox.limits().timeScale = 1.0;
  }

  static JsonObject req(String id, String method, String url, String body, String... dependsOn) {
    JsonObject r = new JsonObject();
    r.addProperty("id", id);
    r.addProperty("method", method);
    r.addProperty("url", url);
    if (body != null) {
      r.add("body", JsonParser.parseString(body));
      JsonObject h = new JsonObject();
      h.addProperty("Content-Type", "application/json");
      r.add("headers", h);
    }
    if (dependsOn.length > 0) {
      JsonArray d = new JsonArray();
      for (String s : dependsOn) {
        d.add(s);
      }
      r.add("dependsOn", d);
    }
    return r;
  }

  static Raw.Reply batch(List<JsonObject> requests) {
    JsonObject b = new JsonObject();
    JsonArray a = new JsonArray();
    requests.forEach(a::add);
    b.add("requests", a);
    return raw.graph("POST", "/$batch", token, Map.of(), b);
  }

  static Map<String, JsonObject> byId(Raw.Reply r) {
    assertEquals(200, r.status(), r.text());
    Map<String, JsonObject> m = new HashMap<>();
    for (JsonElement e : r.json().getAsJsonArray("responses")) {
      m.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject());
    }
    return m;
  }

  @Test
  void runsSubRequestsEachWithItsOwnStatusHeadersAndBody() {
    String u = mailboxes.get(next++);
    Map<String, JsonObject> r =
        byId(
            batch(
                List.of(
                    req("1", "POST", "/users/" + u + "/contacts", "{\"givenName\":\"One\"}"),
                    req("2", "GET", "users/" + u + "?$select=id,displayName", null),
                    req("3", "GET", "/users/" + u + "/contacts/AAMkAnope", null),
                    req("4", "GET", "/users?$filter=accountEnabled%20ne%20true", null))));
    assertEquals(201, r.get("1").get("status").getAsInt());
    assertTrue(
        r.get("1")
            .getAsJsonObject("headers")
            .get("Content-Type")
            .getAsString()
            .startsWith("application/json"));
    assertEquals("One", r.get("1").getAsJsonObject("body").get("givenName").getAsString());
    assertEquals(200, r.get("2").get("status").getAsInt());
    assertEquals(400, r.get("3").get("status").getAsInt());
    assertEquals(
        "Request_UnsupportedQuery",
        r.get("4").getAsJsonObject("body").getAsJsonObject("error").get("code").getAsString());
  }

  @Test
  void dependsOnRunsInOrderAndAFailedDependencyGives424() {
    String u = mailboxes.get(next++);
    Map<String, JsonObject> r =
        byId(
            batch(
                List.of(
                    req(
                        "a",
                        "POST",
                        "/users/" + u + "/contactFolders",
                        "{\"displayName\":\"Chain\"}"),
                    req(
                        "b",
                        "POST",
                        "/users/" + u + "/contactFolders",
                        "{\"displayName\":\"Chain\"}",
                        "a"),
                    req("c", "GET", "/users/" + u + "/contactFolders", null, "b"))));
    assertEquals(201, r.get("a").get("status").getAsInt());
    assertEquals(409, r.get("b").get("status").getAsInt());
    assertEquals(424, r.get("c").get("status").getAsInt());
    JsonObject error = r.get("c").getAsJsonObject("body").getAsJsonObject("error");
    assertEquals("FailedDependency", error.get("code").getAsString());
    JsonObject inner = error.getAsJsonObject("innerError");
    assertNotNull(inner, "424 has innerError like every other error");
    assertTrue(
        inner.get("date").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
    assertNotNull(inner.get("request-id"));
    assertNotNull(inner.get("client-request-id"));
  }

  @Test
  void envelopeRulesGive400() {
    List<JsonObject> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(req(String.valueOf(i), "GET", "/users?$top=1", null));
    }
    assertGraphError(batch(many), 400, "BadRequest");
    assertEquals(200, batch(many.subList(0, 20)).status());
    assertGraphError(
        batch(List.of(req("x", "GET", "/users", null), req("X", "GET", "/users", null))),
        400,
        "BadRequest");
    assertGraphError(
        batch(List.of(req("x", "GET", "https://graph.microsoft.com/v1.0/users", null))),
        400,
        "BadRequest");
    assertGraphError(batch(List.of(req("x", "GET", "/users", null, "nope"))), 400, "BadRequest");
    assertGraphError(
        raw.graph("POST", "/$batch", null, Map.of(), JsonParser.parseString("{\"requests\":[]}")),
        401,
        "InvalidAuthenticationToken");
  }

  @Test
  void nonTextHeaderValuesOrDependsOnEntriesMakeTheBatchMalformed() {
    JsonObject objectHeader = req("h", "GET", "/users", null);
    objectHeader.add("headers", JsonParser.parseString("{\"ConsistencyLevel\":{\"a\":1}}"));
    assertGraphError(batch(List.of(objectHeader)), 400, "BadRequest");
    JsonObject arrayDependsOn = req("d", "GET", "/users", null);
    arrayDependsOn.add("dependsOn", JsonParser.parseString("[[\"h\"]]"));
    assertGraphError(
        batch(List.of(req("h", "GET", "/users", null), arrayDependsOn)), 400, "BadRequest");
  }

  @Test
  void aNonJsonBodyThatIsNotBase64IsRejected() {
    String u = mailboxes.get(next++);
    JsonObject text = req("p", "PUT", "/users/" + u + "/photo/$value", null);
    text.addProperty("body", "raw UTF-8 text, not base64!");
    text.add("headers", JsonParser.parseString("{\"Content-Type\":\"image/jpeg\"}"));
    assertGraphError(batch(List.of(text)), 400, "BadRequest");
  }

  @Test
  void responsesComeInShuffledOrder() {
    List<JsonObject> reqs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      reqs.add(req(String.valueOf(i), "GET", "/users?$top=1", null));
    }
    boolean shuffled = false;
    for (int attempt = 0; attempt < 5 && !shuffled; attempt++) {
      JsonArray out = batch(reqs).json().getAsJsonArray("responses");
      for (int i = 0; i < 20; i++) {
        shuffled |= !out.get(i).getAsJsonObject().get("id").getAsString().equals(String.valueOf(i));
      }
    }
    assertTrue(shuffled);
  }

  @Test
  void requestRateWindowGives429WithRetryAfterAndRecoversWithTimeScale() {
    String u = mailboxes.get(next++);
    sandbox.limits().mailboxRequestsPerWindow = 3;
    sandbox.limits().timeScale = 0.001;
    List<JsonObject> reqs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      reqs.add(req("r" + i, "GET", "/users/" + u + "/contacts", null));
    }
    Map<String, JsonObject> r = byId(batch(reqs));
    List<JsonObject> throttled =
        r.values().stream().filter(x -> x.get("status").getAsInt() == 429).toList();
    assertEquals(3, throttled.size());
    throttled.forEach(BatchAndThrottleTest::assertThrottledForOneSecond);
    clock.now = clock.now.plusMillis(599);
    assertEquals(429, raw.get("/users/" + u + "/contacts", token).status(), "same window");
    clock.now = clock.now.plusMillis(1);
    assertEquals(
        200,
        raw.get("/users/" + u + "/contacts", token).status(),
        "the scaled 10-minute window has passed");
    String other = mailboxes.get(next++);
    assertEquals(
        200,
        raw.get("/users/" + other + "/contacts", token).status(),
        "another mailbox is not affected");
  }

  @Test
  void fifthConcurrentRequestOnAMailboxIsThrottled() throws Exception {
    String u = mailboxes.get(next++);
    Hold hold = new Hold();
    sandbox.latency().hold(hold);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Raw.Reply>> inService = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        inService.add(pool.submit(() -> raw.get("/users/" + u + "/contacts", token)));
      }
      hold.awaitArrivals(4);
      for (int i = 0; i < 2; i++) {
        Raw.Reply r = raw.get("/users/" + u + "/contacts", token);
        assertEquals(429, r.status(), r.text());
        assertEquals("ApplicationThrottled", r.code());
        assertEquals(
            "Application is over its MailboxConcurrency limit.",
            r.json().getAsJsonObject("error").get("message").getAsString());
        assertEquals("1", r.header("Retry-After"));
      }
      hold.open();
      for (Future<Raw.Reply> f : inService) {
        assertEquals(200, f.get().status());
      }
      assertEquals(
          200, raw.get("/users/" + u + "/contacts", token).status(), "the four slots came back");
    } finally {
      hold.open();
      pool.shutdownNow();
    }
  }

  @Test
  void batchSubRequestsRunInParallelAndCountTowardsMailboxConcurrency() throws Exception {
    String u = mailboxes.get(next++);
    sandbox.limits().mailboxConcurrency = 2;
    Hold hold = new Hold();
    sandbox.latency().hold(hold);
    long throttledBefore = sandbox.counters().status(429);
    List<JsonObject> reqs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      reqs.add(req("p" + i, "GET", "/users/" + u + "/contacts", null));
    }
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Raw.Reply> reply = pool.submit(() -> batch(reqs));
      hold.awaitArrivals(2);
      awaitTrue(() -> sandbox.counters().status(429) == throttledBefore + 2);
      hold.open();
      Map<String, JsonObject> r = byId(reply.get());
      List<JsonObject> throttled =
          r.values().stream().filter(x -> x.get("status").getAsInt() == 429).toList();
      assertEquals(2, throttled.size(), "two in service, two refused");
      throttled.forEach(BatchAndThrottleTest::assertThrottledForOneSecond);
    } finally {
      hold.open();
      pool.shutdownNow();
    }
    reqs.clear();
    reqs.add(req("s0", "GET", "/users/" + u + "/contacts", null));
    for (int i = 1; i < 4; i++) {
      reqs.add(req("s" + i, "GET", "/users/" + u + "/contacts", null, "s" + (i - 1)));
    }
    sandbox.limits().mailboxConcurrency = 1;
    Map<String, JsonObject> serial = byId(batch(reqs));
    assertTrue(
        serial.values().stream().allMatch(x -> x.get("status").getAsInt() == 200),
        "dependsOn chains run one at a time");
  }

  static void assertThrottledForOneSecond(JsonObject subResponse) {
    assertEquals("1", subResponse.getAsJsonObject("headers").get("Retry-After").getAsString());
    assertEquals(
        "ApplicationThrottled",
        subResponse.getAsJsonObject("body").getAsJsonObject("error").get("code").getAsString());
  }

  /** Waits for a condition another thread makes true; the minute only stops a hang. */
  static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not reached");
      }
      Thread.sleep(1);
    }
  }

  @Test
  void injectedFaultsPerRequestAndSubRequest() {
    String u = mailboxes.get(next++);
    sandbox.faults().rate503 = 1.0;
    Raw.Reply r = raw.get("/users/" + u + "/contacts", token);
    assertGraphError(r, 503, "serviceNotAvailable");
    assertNotNull(r.header("Retry-After"));
    sandbox.faults().rate503 = 0;
    sandbox.faults().rate504 = 1.0;
    assertEquals(504, raw.get("/users?$top=1", token).status());
    sandbox.faults().rate504 = 0;
    sandbox.faults().rate429 = 1.0;
    Map<String, JsonObject> b =
        byId(batch(List.of(req("1", "GET", "/users/" + u + "/contacts", null))));
    assertEquals(
        429,
        b.get("1").get("status").getAsInt(),
        "faults are drawn per sub-request, the envelope stays 200");
    sandbox.faults().rate429 = 0;
    sandbox.faults().rateDrop = 1.0;
    assertThrows(IllegalStateException.class, () -> raw.get("/users?$top=1", token));

    int before = sandbox.mailboxes().mailbox(u).contactCount();
    assertThrows(
        IllegalStateException.class,
        () ->
            batch(
                List.of(
                    req(
                        "1",
                        "POST",
                        "/users/" + u + "/contacts",
                        "{\"displayName\":\"Lost answer\"}"))),
        "a $batch envelope loses its answer too");
    assertEquals(
        before + 1,
        sandbox.mailboxes().mailbox(u).contactCount(),
        "but its sub-requests ran, as when a connection drops after Graph applied them");
    sandbox.faults().rateDrop = 0;
  }

  @Test
  void directoryBudgetGives429AndResourceUnitHeaders() {
    sandbox.limits().directoryUnitsPer10s = 5;
    try {
      int throttled = 0;
      for (int i = 0; i < 6; i++) {
        Raw.Reply r = raw.get("/users?$top=5", token);
        if (r.status() == 429) {
          throttled++;
          assertNotNull(r.header("Retry-After"));
          assertNotNull(r.header("x-ms-throttle-scope"));
        } else {
          assertEquals("1", r.header("x-ms-resource-unit"));
        }
      }
      assertTrue(throttled >= 1);
    } finally {
      sandbox.limits().directoryUnitsPer10s = 0;
    }
  }
}
