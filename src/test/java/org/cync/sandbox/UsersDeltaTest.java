package org.cync.sandbox;

import static org.cync.sandbox.DirectoryApiTest.assertGraphError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /users/delta: rounds, tracked $select, @removed, minimal, latest, expiry and 410 Gone. */
class UsersDeltaTest {
  static GraphSandbox sandbox;
  static Raw raw;
  static String token;
  static MutableClock clock = new MutableClock();

  /** A clock tests move forward. */
  static final class MutableClock extends Clock {
    volatile Instant now = Instant.now();

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(150).seed(11).clock(clock).start();
    raw = new Raw(sandbox);
    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "User.Read.All");
    token = sandbox.tokens().issue(sandbox.apps().find(app.clientId));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** Follows a round to its end; returns [items, deltaLink]. */
  static Object[] round(String firstUrl, Map<String, String> headers) {
    List<JsonObject> items = new ArrayList<>();
    String url = firstUrl;
    while (true) {
      Raw.Reply r = raw.send("GET", url, token, headers, null);
      assertEquals(200, r.status(), r.text());
      JsonObject o = r.json();
      o.getAsJsonArray("value").forEach(e -> items.add(e.getAsJsonObject()));
      if (o.has("@odata.deltaLink")) {
        return new Object[] {items, o.get("@odata.deltaLink").getAsString()};
      }
      url = o.get("@odata.nextLink").getAsString();
      assertTrue(url.contains("$skiptoken="));
    }
  }

  @SuppressWarnings("unchecked")
  static List<JsonObject> items(Object[] round) {
    return (List<JsonObject>) round[0];
  }

  @Test
  void initialRoundThenOnlySelectedChangesSurface() {
    Object[] first =
        round(sandbox.graphBaseUrl() + "/users/delta?$select=displayName,jobTitle", Map.of());
    assertEquals(150, items(first).size());
    assertEquals(java.util.Set.of("displayName", "jobTitle", "id"), items(first).get(0).keySet());
    String link = (String) first[1];
    assertTrue(link.startsWith(sandbox.graphBaseUrl() + "/users/delta?$deltatoken="));
    assertTrue(items(round(link, Map.of())).isEmpty(), "no change, empty round");

    List<String> ids = Tenants.users(sandbox, u -> "Member".equals(u.string("userType")));
    sandbox
        .directory()
        .update(ids.get(0), Map.of("jobTitle", new JsonPrimitive("Chief Delta Officer")));
    sandbox.directory().update(ids.get(1), Map.of("mobilePhone", new JsonPrimitive("+49 1 2 3")));
    Object[] second = round(link, Map.of());
    assertEquals(1, items(second).size(), "only the tracked property surfaces");
    JsonObject changed = items(second).get(0);
    assertEquals("Chief Delta Officer", changed.get("jobTitle").getAsString());
    assertTrue(changed.has("displayName"), "default: all selected properties");

    sandbox.directory().update(ids.get(2), Map.of("jobTitle", new JsonPrimitive("Minimalist")));
    Object[] minimal = round((String) second[1], Map.of("Prefer", "return=minimal"));
    assertEquals(java.util.Set.of("id", "jobTitle"), items(minimal).get(0).keySet());
  }

  @Test
  void removalsAreChangedForSoftAndDeletedForPermanent() {
    String link =
        (String) round(sandbox.graphBaseUrl() + "/users/delta?$select=displayName", Map.of())[1];
    List<String> ids = Tenants.users(sandbox, u -> true);
    String soft = ids.get(10);
    String hard = ids.get(11);
    sandbox.directory().softDelete(soft);
    sandbox.directory().hardDelete(hard);
    Object[] r = round(link, Map.of());
    JsonObject s = find(items(r), soft);
    JsonObject h = find(items(r), hard);
    assertEquals("changed", s.getAsJsonObject("@removed").get("reason").getAsString());
    assertEquals("deleted", h.getAsJsonObject("@removed").get("reason").getAsString());
    sandbox.directory().restore(soft);
    JsonObject restored = find(items(round((String) r[1], Map.of())), soft);
    assertFalse(restored.has("@removed"));
    assertTrue(restored.has("displayName"));
  }

  @Test
  void theInitialRoundNamesDeletedUsersAsRemovedUnlessSwitchedOff() {
    List<String> ids = Tenants.users(sandbox, u -> true);
    String soft = ids.get(20);
    String hard = ids.get(21);
    sandbox.directory().softDelete(soft);
    sandbox.directory().hardDelete(hard);
    try {
      String initial = sandbox.graphBaseUrl() + "/users/delta?$select=displayName";
      List<JsonObject> all = items(round(initial, Map.of()));
      assertEquals(
          "changed", find(all, soft).getAsJsonObject("@removed").get("reason").getAsString());
      assertEquals(
          "deleted", find(all, hard).getAsJsonObject("@removed").get("reason").getAsString());
      assertFalse(find(all, soft).has("displayName"));
      sandbox.faults().usersDeltaInitialRemoved = false;
      List<JsonObject> live = items(round(initial, Map.of()));
      assertEquals(all.stream().filter(i -> !i.has("@removed")).count(), live.size());
      assertTrue(live.stream().noneMatch(i -> i.has("@removed")));
    } finally {
      sandbox.faults().usersDeltaInitialRemoved = true;
      sandbox.directory().restore(soft);
    }
  }

  @Test
  void replaysSendSomeUsersTwiceInOneRoundWhenSwitchedOn() {
    sandbox.faults().usersDeltaReplayRate = 0.5;
    try {
      Object[] first =
          round(
              sandbox.graphBaseUrl() + "/users/delta?$select=displayName",
              Map.of("Prefer", "odata.maxpagesize=7"));
      List<String> sent = items(first).stream().map(i -> i.get("id").getAsString()).toList();
      long distinct = sent.stream().distinct().count();
      assertEquals(
          items(round(sandbox.graphBaseUrl() + "/users/delta", Map.of())).stream()
              .map(i -> i.get("id").getAsString())
              .distinct()
              .count(),
          distinct,
          "every user at least once");
      assertTrue(sent.size() > distinct, "some users twice");
      assertTrue(sent.size() < 2 * distinct, "not all of them");
      sandbox.faults().usersDeltaReplayRate = 1.0;
      String u = Tenants.users(sandbox, x -> "Member".equals(x.string("userType"))).get(5);
      sandbox.directory().update(u, Map.of("displayName", new JsonPrimitive("Twice Told")));
      List<JsonObject> changes = items(round((String) first[1], Map.of()));
      assertEquals(2, changes.size(), changes.toString());
      assertEquals(changes.get(0), changes.get(1));
    } finally {
      sandbox.faults().usersDeltaReplayRate = 0;
    }
  }

  @Test
  void latestStartsFromNowAndPageSizeFollowsPrefer() {
    Raw.Reply latest = raw.get("/users/delta?$deltatoken=latest", token);
    assertEquals(0, latest.json().getAsJsonArray("value").size());
    assertTrue(latest.json().has("@odata.deltaLink"));
    Raw.Reply small =
        raw.graph("GET", "/users/delta", token, Map.of("Prefer", "odata.maxpagesize=20"), null);
    assertEquals(20, small.json().getAsJsonArray("value").size());
    assertGraphError(raw.get("/users/delta?$top=5", token), 400, "Request_UnsupportedQuery");
  }

  @Test
  void expiredTokensAreSyncStateNotFoundAndGoneIs410() {
    String link =
        (String) round(sandbox.graphBaseUrl() + "/users/delta?$select=displayName", Map.of())[1];
    clock.now = clock.now.plus(Duration.ofDays(8));
    try {
      Raw.Reply r =
          raw.send(
              "GET",
              link,
              sandbox.tokens().issue(sandbox.apps().all().iterator().next()),
              Map.of(),
              null);
      assertGraphError(r, 400, "syncStateNotFound");
    } finally {
      clock.now = Instant.now();
    }
    String fresh =
        (String) round(sandbox.graphBaseUrl() + "/users/delta?$select=displayName", Map.of())[1];
    sandbox.pipeline().expireUserDeltaTokens();
    assertGraphError(raw.send("GET", fresh, token, Map.of(), null), 400, "syncStateNotFound");
    String again =
        (String) round(sandbox.graphBaseUrl() + "/users/delta?$select=displayName", Map.of())[1];
    sandbox.faults().usersDeltaGone = true;
    try {
      Raw.Reply gone = raw.send("GET", again, token, Map.of(), null);
      assertEquals(410, gone.status());
      String location = gone.header("Location");
      assertTrue(location.contains("/users/delta?$select="), location);
      assertTrue(location.endsWith("&$deltatoken="), location);
      Raw.Reply restart = raw.send("GET", location, token, Map.of(), null);
      assertEquals(200, restart.status(), "Location restarts the sync");
      JsonObject user = values(restart.json()).get(0).getAsJsonObject();
      assertEquals(java.util.Set.of("id", "displayName"), user.keySet(), "with the same $select");
    } finally {
      sandbox.faults().usersDeltaGone = false;
    }
  }

  @Test
  void theLastPageOfARoundCanBeRetried() {
    String url = sandbox.graphBaseUrl() + "/users/delta?$select=displayName";
    while (true) {
      JsonObject page = raw.send("GET", url, token, Map.of(), null).json();
      if (page.has("@odata.deltaLink")) {
        break;
      }
      url = page.get("@odata.nextLink").getAsString();
    }
    assertTrue(url.contains("$skiptoken="), url);
    Raw.Reply again = raw.send("GET", url, token, Map.of(), null);
    assertEquals(200, again.status(), again.text());
    assertTrue(again.json().has("@odata.deltaLink"));
  }

  @Test
  void tamperedTokensAreSyncStateNotFoundNot500() {
    Raw.Reply first = raw.get("/users/delta?$select=displayName", token);
    String next = first.json().get("@odata.nextLink").getAsString();
    String skip = next.substring(next.indexOf("$skiptoken=") + 11);
    String[] parts = b64(skip).split("\\|");
    String badSkip = unb64(parts[0] + "|x");
    assertGraphError(
        raw.get("/users/delta?$skiptoken=" + badSkip, token), 400, "syncStateNotFound");
    assertGraphError(
        raw.get("/users/delta?$deltatoken=" + unb64("D|x|1|2|id"), token),
        400,
        "syncStateNotFound");
    assertGraphError(
        raw.get("/users/delta?$deltatoken=" + unb64("D|0|y|" + Long.MAX_VALUE + "|id"), token),
        400,
        "syncStateNotFound");
  }

  static String b64(String s) {
    return new String(
        java.util.Base64.getUrlDecoder().decode(s), java.nio.charset.StandardCharsets.UTF_8);
  }

  static String unb64(String s) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void idFilterLimitsTheInitialRound() {
    List<String> ids = Tenants.users(sandbox, u -> true);
    String f = "id%20eq%20'" + ids.get(0) + "'%20or%20id%20eq%20'" + ids.get(1) + "'";
    assertEquals(
        2, items(round(sandbox.graphBaseUrl() + "/users/delta?$filter=" + f, Map.of())).size());
  }

  static JsonObject find(List<JsonObject> items, String id) {
    return items.stream()
        .filter(i -> i.get("id").getAsString().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in round"));
  }

  static JsonArray values(JsonElement e) {
    return e.getAsJsonObject().getAsJsonArray("value");
  }
}
