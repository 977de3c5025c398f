package org.cync.sandbox;

import static org.cync.sandbox.DirectoryApiTest.assertGraphError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ConsistencyLevel: eventual on directory objects as Microsoft documents it
 * (https://learn.microsoft.com/en-us/graph/aad-advanced-queries, "Error handling for advanced
 * queries"): $count=true alone is ignored, $search alone is refused, the $count segment alone is
 * refused, and @odata.count comes on the first page only.
 */
class AdvancedQueryTest {
  static final Map<String, String> EVENTUAL = Map.of("ConsistencyLevel", "eventual");
  static GraphSandbox sandbox;
  static Raw raw;
  static String token;
  static String allStaff;

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(230).seed(3).start();
    raw = new Raw(sandbox);
    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "User.Read.All", "GroupMember.Read.All");
    token = raw.accessToken(app);
    allStaff = Tenants.group(sandbox, "All Staff").id();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static Raw.Reply get(String path, Map<String, String> headers) {
    return raw.graph("GET", path, token, headers, null);
  }

  @Test
  void countWithoutEventualIsIgnoredOnUsersGroupsAndMembers() {
    for (String path :
        new String[] {
          "/users?$count=true",
          "/groups?$count=true",
          "/groups/" + allStaff + "/members?$count=true",
          "/groups/" + allStaff + "/transitiveMembers?$count=true"
        }) {
      Raw.Reply plain = get(path, Map.of());
      assertEquals(200, plain.status(), path + ": " + plain.text());
      assertFalse(plain.json().has("@odata.count"), path);
      assertFalse(plain.json().getAsJsonArray("value").isEmpty(), path);
      Raw.Reply eventual = get(path, EVENTUAL);
      assertEquals(200, eventual.status(), path + ": " + eventual.text());
      assertTrue(eventual.json().get("@odata.count").getAsInt() > 0, path);
    }
    assertEquals(230, get("/users?$count=true", EVENTUAL).json().get("@odata.count").getAsInt());
  }

  @Test
  void searchWithoutEventualIsRequestUnsupportedQuery() {
    for (String path :
        new String[] {
          "/users?$search=%22displayName:a%22",
          "/groups?$search=%22displayName:CYNC%22",
          "/groups/" + allStaff + "/members?$search=%22displayName:a%22"
        }) {
      Raw.Reply r = get(path, Map.of());
      assertGraphError(r, 400, "Request_UnsupportedQuery");
      assertEquals(
          "Request with $search query parameter only works through MSGraph with a special request"
              + " header: 'ConsistencyLevel: eventual'",
          r.json().getAsJsonObject("error").get("message").getAsString());
      assertEquals(200, get(path, EVENTUAL).status(), path);
    }
  }

  @Test
  void countComesOnTheFirstPageOnly() {
    JsonObject first = get("/users?$count=true&$top=100", EVENTUAL).json();
    assertEquals(230, first.get("@odata.count").getAsInt());
    Set<String> ids = new HashSet<>();
    first
        .getAsJsonArray("value")
        .forEach(u -> ids.add(u.getAsJsonObject().get("id").getAsString()));
    String next = first.get("@odata.nextLink").getAsString();
    int pages = 1;
    while (next != null) {
      JsonObject p = raw.send("GET", next, token, EVENTUAL, null).json();
      assertFalse(p.has("@odata.count"), "page " + (pages + 1) + " carries @odata.count");
      p.getAsJsonArray("value").forEach(u -> ids.add(u.getAsJsonObject().get("id").getAsString()));
      next = p.has("@odata.nextLink") ? p.get("@odata.nextLink").getAsString() : null;
      pages++;
    }
    assertEquals(3, pages);
    assertEquals(230, ids.size());
  }

  @Test
  void memberCountSegmentIsTextPlainWithEventualAndBadRequestWithout() {
    for (String nav : new String[] {"members", "transitiveMembers"}) {
      String base = "/groups/" + allStaff + "/" + nav;
      Raw.Reply count = get(base + "/$count", EVENTUAL);
      assertEquals(200, count.status(), count.text());
      assertTrue(
          count.header("Content-Type").startsWith("text/plain"), count.header("Content-Type"));
      int listed =
          get(base + "?$count=true&$top=999", EVENTUAL).json().get("@odata.count").getAsInt();
      assertEquals(String.valueOf(listed), count.text());
      Raw.Reply refused = get(base + "/$count", Map.of());
      assertGraphError(refused, 400, "Request_BadRequest");
      assertEquals(
          "$count is not currently supported.",
          refused.json().getAsJsonObject("error").get("message").getAsString());
    }
    Raw.Reply users = get("/users/$count", EVENTUAL);
    assertEquals("230", users.text());
    assertTrue(users.header("Content-Type").startsWith("text/plain"));
  }

  @Test
  void groupSearchMatchesTheStartOfAnyWordOfTheNameOrTheMail() {
    String targets = Tenants.group(sandbox, "CYNC Targets").id();
    for (String term :
        new String[] {
          "%22displayName:CYNC%20Tar%22", "%22displayName:targ%22", "%22displayName:tar%20cync%22"
        }) {
      Raw.Reply r =
          get(
              "/groups?$search=" + term + "%20OR%20%22mail:" + "x%22&$count=true&$top=20",
              EVENTUAL);
      assertEquals(200, r.status(), r.text());
      Set<String> ids = new HashSet<>();
      r.json()
          .getAsJsonArray("value")
          .forEach(g -> ids.add(g.getAsJsonObject().get("id").getAsString()));
      assertTrue(ids.contains(targets), term + ": " + r.text());
      assertEquals(ids.size(), r.json().get("@odata.count").getAsInt());
    }
    Raw.Reply none = get("/groups?$search=%22displayName:CYNC%20Zzz%22", EVENTUAL);
    assertEquals(0, none.json().getAsJsonArray("value").size(), none.text());
    Raw.Reply partOfAWord = get("/groups?$search=%22displayName:ARGETS%22", EVENTUAL);
    assertEquals(0, partOfAWord.json().getAsJsonArray("value").size(), "a word's start only");
  }

  @Test
  void savedIdsAreReadBackWithIdInWithoutAdvancedQueryParameters() {
    String targets = Tenants.group(sandbox, "CYNC Targets").id();
    Raw.Reply r =
        get(
            "/groups?$filter=id%20in%20('"
                + targets
                + "','00000000-0000-4000-8000-000000000000')&$select=id,displayName,mail",
            Map.of());
    assertEquals(200, r.status(), r.text());
    assertEquals(1, r.json().getAsJsonArray("value").size());
    assertEquals(
        "CYNC Targets",
        r.json().getAsJsonArray("value").get(0).getAsJsonObject().get("displayName").getAsString());
    Raw.Reply quote = get("/users?$filter=displayName%20eq%20'O''Brien'", Map.of());
    assertEquals(200, quote.status(), "a doubled quote is part of the literal: " + quote.text());
  }
}
