package org.cync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.List;
import java.util.Map;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.SandboxClients;
import org.cync.sandbox.TestApp;
import org.cync.sandbox.tenant.DirectoryGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pickers' look-ups through the Graph SDK against the sandbox, which answers advanced queries
 * as Graph does: a group by a word of its name, users by name and mail, saved IDs named, the
 * directory's departments; and the API's answers for a bad search and without a tenant.
 */
class DirectoryLookupTest {
  static GraphSandbox sandbox;
  static GraphServiceClient graph;
  static DirectoryLookup lookup;

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(60).seed(5).start();
    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "User.Read.All", "GroupMember.Read.All");
    graph = SandboxClients.graph(sandbox, SandboxClients.credential(sandbox, app));
    lookup = connected(graph);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static DirectoryLookup connected(GraphServiceClient g) {
    DirectoryLookup l =
        new DirectoryLookup() {
          @Override
          public boolean connected() {
            return true;
          }

          @Override
          GraphServiceClient client() {
            return g;
          }
        };
    l.values = new DirectoryValues();
    return l;
  }

  static DirectoryGroup group(String name) {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().groups().stream()
                    .filter(g -> g.props().get("displayName").getAsString().equals(name))
                    .findFirst()
                    .orElseThrow());
  }

  @Test
  void aGroupIsFoundByTheStartOfItsNameOrOfAnyWord() {
    String targets = group("CYNC Targets").id();
    for (String typed : new String[] {"CYNC Tar", "cync", "Targ"}) {
      List<DirectoryHit> hits = lookup.groups(typed);
      assertTrue(hits.stream().anyMatch(h -> h.id().equals(targets)), typed + ": " + hits);
      assertTrue(hits.size() <= DirectoryQueries.TOP);
    }
    assertEquals(List.of(), lookup.groups("Zzz nothing"));
    assertTrue(lookup.groups("All Staff").stream().noneMatch(h -> h.id().equals(targets)));
  }

  @Test
  void usersAreFoundByNameOrMailAndShowTheirMail() {
    var user =
        sandbox
            .directory()
            .read(
                () ->
                    sandbox.directory().allUsers().stream()
                        .filter(u -> !u.deleted() && u.string("mail") != null)
                        .findFirst()
                        .orElseThrow());
    String name = user.string("displayName");
    String mail = user.string("mail");
    List<DirectoryHit> byName = lookup.users(name);
    assertTrue(byName.stream().anyMatch(h -> h.id().equals(user.id())), name + ": " + byName);
    DirectoryHit hit =
        lookup.users(mail).stream().filter(h -> h.id().equals(user.id())).findFirst().orElseThrow();
    assertEquals(name + " <" + mail + ">", hit.label());
    assertEquals(List.of(), lookup.users("O'Nobody"), "a quote is a name, not the end of a query");
  }

  @Test
  void savedIdsAreNamedAndUnknownOnesLeftOut() {
    String targets = group("CYNC Targets").id();
    String user =
        sandbox.directory().read(() -> sandbox.directory().allUsers().iterator().next().id());
    String unknown = "00000000-0000-4000-8000-000000000000";
    Map<String, DirectoryHit> named =
        lookup.resolve(List.of(targets.toUpperCase(), user, unknown, "anna@contoso.com"));
    assertEquals("CYNC Targets", named.get(targets).displayName());
    assertTrue(named.containsKey(user), named.toString());
    assertFalse(named.containsKey(unknown));
    assertEquals(2, named.size());
  }

  @Test
  void departmentsAndCompaniesComeFromTheUsers() {
    List<String> companies = lookup.companies("");
    assertTrue(companies.contains("Contoso Sandbox"), companies.toString());
    assertFalse(lookup.departments("").isEmpty());
    assertEquals(List.of("Contoso Sandbox"), lookup.companies("sandbox"));
  }

  @Test
  void withoutATenantTheApiSays409AndABadSearch400() {
    DirectoryLookup none =
        new DirectoryLookup() {
          @Override
          public boolean connected() {
            return false;
          }
        };
    none.values = new DirectoryValues();
    DirectoryUnavailable e = assertThrows(DirectoryUnavailable.class, () -> none.groups("CYNC"));
    assertFalse(e.connected());
    var r = DirectoryResource.answer("CYNC", none::groups);
    assertEquals(409, r.status());
    assertTrue(
        JsonParser.parseString(r.json())
            .getAsJsonObject()
            .get("error")
            .getAsString()
            .contains("No tenant is connected"));
    var bad = DirectoryResource.answer("a\"", none::groups);
    assertEquals(400, bad.status());
    var ok = DirectoryResource.answer("CYNC Tar", lookup::groups);
    assertEquals(200, ok.status());
    var first = JsonParser.parseString(ok.json()).getAsJsonArray().get(0).getAsJsonObject();
    assertEquals(group("CYNC Targets").id(), first.get("id").getAsString());
    assertEquals("CYNC Targets", first.get("displayName").getAsString());
  }

  @Test
  void graphErrorsBecomeAShortMessage() {
    com.microsoft.graph.models.odataerrors.MainError main =
        new com.microsoft.graph.models.odataerrors.MainError();
    main.setCode("Authorization_RequestDenied");
    main.setMessage("Insufficient privileges to complete the operation.");
    DirectoryUnavailable d =
        DirectoryLookup.translate(
            new com.microsoft.graph.models.odataerrors.ODataError() {
              {
                setError(main);
                setResponseStatusCode(403);
              }
            });
    assertTrue(d.connected());
    assertEquals(
        "Graph refused the directory search (403 Authorization_RequestDenied: Insufficient"
            + " privileges to complete the operation.); type or paste object IDs, or run Test"
            + " Connection.",
        d.getMessage());
    assertTrue(
        DirectoryLookup.translate(new IllegalStateException("secret detail"))
            .getMessage()
            .startsWith("Graph did not answer"));
    assertEquals(
        503,
        DirectoryResource.answer(
                "ab",
                t -> {
                  throw d;
                })
            .status());
  }
}
