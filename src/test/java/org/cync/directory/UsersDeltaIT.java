package org.cync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.tenant.DirectoryGroup;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.testing.SandboxConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * UsersDelta and GroupMembers with the real azure-identity and Graph SDK (built by GraphAccess, as
 * in production) against the in-process sandbox: rounds, changes, removals, expiry, nested groups.
 * Each test starts its own round, so the order of tests does not matter.
 */
class UsersDeltaIT {
  private static final Logger LOG = Logger.getLogger(UsersDeltaIT.class.getName());
  static GraphSandbox sandbox;
  static GraphServiceClient graph;

  @BeforeAll
  static void start() throws Exception {
    sandbox = GraphSandbox.builder().users(300).seed(3).start();
    graph = SandboxConnection.connect(sandbox, "User.Read.All", "GroupMember.Read.All");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** A whole round: the users as the caller should hold them (last occurrence wins). */
  record Round(Map<String, SourceUser> latest, int pages, int items, String deltaLink) {
    Map<String, SourceUser> present() {
      Map<String, SourceUser> p = new LinkedHashMap<>(latest);
      p.values().removeIf(SourceUser::isRemoved);
      return p;
    }
  }

  static Round round(UsersDelta delta, String link) throws DeltaExpired {
    DeltaPage page = link == null ? delta.first() : delta.next(link);
    Map<String, SourceUser> latest = new LinkedHashMap<>();
    int pages = 1;
    int items = 0;
    while (true) {
      for (SourceUser u : page.users()) {
        latest.put(u.id(), u);
        items++;
      }
      if (page.isLast()) {
        return new Round(latest, pages, items, page.deltaLink());
      }
      page = delta.next(page.nextLink());
      pages++;
    }
  }

  static List<String> sandboxUsers(Predicate<DirectoryUser> p) {
    return sandbox
        .directory()
        .read(
            () -> {
              List<String> ids = new ArrayList<>();
              for (DirectoryUser u : sandbox.directory().allUsers()) {
                if (!u.deleted() && p.test(u)) {
                  ids.add(u.id());
                }
              }
              return ids;
            });
  }

  static DirectoryUser sandboxUser(String id) {
    return sandbox.directory().read(() -> sandbox.directory().anyUser(id));
  }

  @Test
  void initialRoundPagesThroughAllUsersThenNothingChanged() throws Exception {
    List<String> active = sandboxUsers(u -> true);
    long t0 = System.nanoTime();
    Round byDefault = round(new UsersDelta(graph), null);
    long t1 = System.nanoTime();
    Round small = round(new UsersDelta(graph, 40), null);
    long t2 = System.nanoTime();
    LOG.info(
        String.format(
            "users/delta initial round of %d users: %d pages in %d ms (default size), %d pages in %d"
                + " ms (maxpagesize 40)",
            active.size(),
            byDefault.pages(),
            (t1 - t0) / 1_000_000,
            small.pages(),
            (t2 - t1) / 1_000_000));
    assertEquals(Set.copyOf(active), byDefault.present().keySet());
    assertEquals(Set.copyOf(active), small.present().keySet());
    assertTrue(small.pages() >= (active.size() + 39) / 40, "maxpagesize honoured");
    assertTrue(small.pages() > byDefault.pages());

    SourceUser some = byDefault.present().get(active.get(0));
    DirectoryUser raw = sandboxUser(some.id());
    assertEquals(raw.string("displayName"), some.displayName());
    assertEquals(raw.string("userPrincipalName"), some.userPrincipalName());
    assertEquals(raw.string("userType"), some.userType());
    String managed = sandboxUsers(u -> u.managerId() != null).stream().findFirst().orElseThrow();
    assertEquals(sandboxUser(managed).managerId(), byDefault.present().get(managed).managerId());

    Round nothing = round(new UsersDelta(graph), byDefault.deltaLink());
    assertEquals(0, nothing.items());
    assertEquals(1, nothing.pages());
    assertNotNull(nothing.deltaLink());
    Round againFromSmall = round(new UsersDelta(graph, 40), small.deltaLink());
    assertEquals(0, againFromSmall.items());
  }

  @Test
  void changedUsersComeWholeWithTheirNewValues() throws Exception {
    UsersDelta delta = new UsersDelta(graph);
    String link = round(delta, null).deltaLink();
    List<String> changed = sandbox.mutator().changeUsers(3);
    Round changes = round(delta, link);
    assertEquals(Set.copyOf(changed), changes.latest().keySet());
    assertEquals(3, changes.items());
    for (String id : changed) {
      SourceUser s = changes.latest().get(id);
      DirectoryUser raw = sandboxUser(id);
      assertFalse(s.isRemoved());
      assertEquals(raw.string("jobTitle"), s.jobTitle());
      assertEquals(raw.string("department"), s.department());
      assertEquals(raw.string("mobilePhone"), s.mobilePhone());
      List<String> phones = new ArrayList<>();
      JsonElement p = raw.get("businessPhones");
      if (p != null && p.isJsonArray()) {
        p.getAsJsonArray().forEach(e -> phones.add(e.getAsString()));
      }
      assertEquals(phones, s.businessPhones());
      assertEquals(raw.string("displayName"), s.displayName(), "unchanged fields come too");
      assertEquals(raw.string("mail"), s.mail());
    }
    assertEquals(0, round(delta, changes.deltaLink()).items());
  }

  @Test
  void aManagerChangeSurfacesAndARemovedManagerIsNull() throws Exception {
    UsersDelta delta = new UsersDelta(graph);
    List<String> members = sandboxUsers(u -> "Member".equals(u.string("userType")));
    String id = members.get(11);
    String boss = members.get(12);
    String link = round(delta, null).deltaLink();
    sandbox.directory().setManager(id, boss);
    Round changed = round(delta, link);
    assertEquals(Set.of(id), changed.latest().keySet());
    assertEquals(boss, changed.latest().get(id).managerId());
    sandbox.directory().setManager(id, null);
    Round removed = round(delta, changed.deltaLink());
    assertEquals(Set.of(id), removed.latest().keySet());
    assertNull(removed.latest().get(id).managerId());
  }

  @Test
  void softDeleteRestoreAndPermanentDelete() throws Exception {
    UsersDelta delta = new UsersDelta(graph);
    String id = sandboxUsers(u -> "Member".equals(u.string("userType"))).get(7);
    String link = round(delta, null).deltaLink();

    sandbox.directory().softDelete(id);
    Round soft = round(delta, link);
    assertEquals(Map.of(id, SourceUser.removed(id, "changed")), soft.latest());

    sandbox.directory().restore(id);
    Round restored = round(delta, soft.deltaLink());
    assertEquals(Set.of(id), restored.present().keySet());
    assertEquals(sandboxUser(id).string("displayName"), restored.present().get(id).displayName());

    sandbox.directory().softDelete(id);
    String afterSoft = round(delta, restored.deltaLink()).deltaLink();
    sandbox.directory().hardDelete(id);
    Round hard = round(delta, afterSoft);
    assertEquals(Map.of(id, SourceUser.removed(id, "deleted")), hard.latest());

    Round initial = round(delta, null);
    assertEquals(SourceUser.removed(id, "deleted"), initial.latest().get(id));
    assertFalse(initial.present().containsKey(id), "removed in the initial round = absent");
  }

  @Test
  void replaysCollapseToTheLastOccurrence() throws Exception {
    List<String> active = sandboxUsers(u -> true);
    double old = sandbox.faults().usersDeltaReplayRate;
    sandbox.faults().usersDeltaReplayRate = 0.2;
    try {
      Round r = round(new UsersDelta(graph, 50), null);
      assertTrue(r.items() > active.size(), "some users came twice: " + r.items());
      assertEquals(Set.copyOf(active), r.present().keySet());
    } finally {
      sandbox.faults().usersDeltaReplayRate = old;
    }
  }

  @Test
  void anExpiredTokenAsksForAFullResync() throws Exception {
    UsersDelta delta = new UsersDelta(graph);
    String link = round(delta, null).deltaLink();
    sandbox.pipeline().expireUserDeltaTokens();
    DeltaExpired e = assertThrows(DeltaExpired.class, () -> delta.next(link));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("syncStateNotFound"), e.getMessage());
    assertEquals(sandboxUsers(u -> true).size(), round(delta, null).present().size());
  }

  @Test
  void goneGivesTheLocationToStartAgainFrom() throws Exception {
    UsersDelta delta = new UsersDelta(graph, 100);
    DeltaPage first = delta.first();
    sandbox.faults().usersDeltaGone = true;
    DeltaExpired e;
    try {
      e = assertThrows(DeltaExpired.class, () -> delta.next(first.nextLink()));
    } finally {
      sandbox.faults().usersDeltaGone = false;
    }
    assertEquals(410, e.status());
    assertTrue(e.location().startsWith(sandbox.graphBaseUrl() + "/users/delta?"), e.location());
    Round resync = round(delta, e.location());
    assertEquals(Set.copyOf(sandboxUsers(u -> true)), resync.present().keySet());
    assertNotNull(resync.present().values().iterator().next().userType(), "$select kept");
  }

  @Test
  void nestedGroupMembersAndAMemberMovedOut() {
    Map<String, DirectoryGroup> byName = new HashMap<>();
    sandbox
        .directory()
        .read(
            () -> {
              sandbox
                  .directory()
                  .groups()
                  .forEach(g -> byName.put(g.props().get("displayName").getAsString(), g));
              return null;
            });
    DirectoryGroup team =
        byName.values().stream()
            .filter(g -> g.props().get("displayName").getAsString().endsWith(" - Team Nord"))
            .filter(g -> sandbox.directory().read(() -> g.members().size()) > 1)
            .findFirst()
            .orElseThrow();
    String teamName = team.props().get("displayName").getAsString();
    DirectoryGroup dept = byName.get("Dept - " + teamName.substring(0, teamName.indexOf(" - ")));
    DirectoryGroup allStaff = byName.get("All Staff");
    DirectoryGroup guests = byName.get("Guests");
    GroupMembers members = new GroupMembers(graph);

    Set<String> inTeam = members.userIds(team.id());
    Set<String> inDept = members.userIds(dept.id());
    Set<String> everyone = members.userIds(allStaff.id());
    assertFalse(inTeam.isEmpty());
    assertTrue(inDept.containsAll(inTeam), "the department includes its nested team");
    assertTrue(inDept.size() > inTeam.size());
    assertTrue(everyone.containsAll(inDept), "All Staff includes nested-nested members");
    assertFalse(everyone.contains(team.id()), "groups themselves are not users");

    String mover = inTeam.iterator().next();
    sandbox.mutator().moveBetweenGroups(mover, team.id(), guests.id());
    assertFalse(members.userIds(dept.id()).contains(mover));
    assertFalse(members.userIds(allStaff.id()).contains(mover));

    Map<String, Set<String>> index =
        members.groupsOfUsers(List.of(dept.id(), team.id(), guests.id()));
    assertEquals(Set.of(guests.id()), index.get(mover));
    String stayer = members.userIds(team.id()).iterator().next();
    assertEquals(Set.of(dept.id(), team.id()), index.get(stayer));
  }
}
