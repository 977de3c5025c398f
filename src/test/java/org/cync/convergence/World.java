package org.cync.convergence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cync.contacts.Marker;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.tenant.DirectoryGroup;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.testing.ConnectedTenant;
import org.cync.testing.CyncServer;

/**
 * One sandbox tenant and one CYNC data directory (with the server currently running on it), the
 * settings the test chose, and the test's own idea of what every mailbox must hold: computed from
 * the sandbox's directory, compared with the sandbox's store, never with CYNC's records.
 *
 * <p>Settings: targets = the group "CYNC Targets", sources = CYNC's defaults (enabled members with
 * mail), the default mapping, the dedicated folder, the deletion guard off, no schedule.
 */
final class World implements AutoCloseable {
  GraphSandbox sandbox;
  final Path data;
  String targetGroup;
  String otherGroup;
  CyncServer server;

  /** User-owned contacts (no marker) the test made: mailbox → contact ID → stored properties. */
  final Map<String, Map<String, JsonObject>> userOwned = new TreeMap<>();

  /** Whether {@link #close} stops the server: not when it was handed in to be shared. */
  private final boolean ownsServer;

  /**
   * A fresh tenant for a CYNC that may already run on {@code data} ({@code shared}, else started
   * here): connecting it to the new tenant is a tenant switch, which CYNC must take in its stride.
   */
  World(long seed, int users, int mailboxes, CyncServer shared, Path data) throws Exception {
    sandbox = GraphSandbox.builder().users(users).mailboxes(mailboxes).seed(seed).start();
    targetGroup = groupNamed("CYNC Targets");
    otherGroup = groupNamed("All Staff");
    this.data = data;
    ownsServer = shared == null;
    server = shared != null ? shared : CyncServer.start(data);
    ConnectedTenant.connect(server, sandbox);
    settings(
        "{\"targets\":{\"groupIds\":[\""
            + targetGroup
            + "\"]},\"guard\":{\"maxDeletes\":0,\"maxDeletePercent\":0},"
            + "\"schedule\":{\"enabled\":false}}");
  }

  /**
   * Connects CYNC to another tenant (a new sandbox at another address), as an administrator who
   * switches tenants does, with the new tenant's "CYNC Targets" as targets; the old one is closed.
   */
  void switchTenant(long seed, int users, int mailboxes) throws Exception {
    GraphSandbox old = sandbox;
    sandbox = GraphSandbox.builder().users(users).mailboxes(mailboxes).seed(seed).start();
    ConnectedTenant.connect(server, sandbox);
    targetGroup = groupNamed("CYNC Targets");
    otherGroup = groupNamed("All Staff");
    settings("{\"targets\":{\"groupIds\":[\"" + targetGroup + "\"]}}");
    old.close();
  }

  String groupNamed(String name) {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().groups().stream()
                    .filter(g -> name.equals(g.props().get("displayName").getAsString()))
                    .map(DirectoryGroup::id)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no group " + name)));
  }

  void settings(String json) {
    var r = server.send("PUT", "/api/sync-settings", json);
    if (r.statusCode() != 200) {
      throw new AssertionError("PUT /api/sync-settings -> " + r.statusCode() + ": " + r.body());
    }
  }

  /** Runs to its end; answers the run as the API shows it. */
  jakarta.json.JsonObject run(String parameters) {
    return server.awaitRunEnd(server.startRun(parameters), Duration.ofMinutes(4));
  }

  jakarta.json.JsonObject awaitEnd(long id) {
    return server.awaitRunEnd(id, Duration.ofMinutes(4));
  }

  /** Contacts created + updated + deleted by a run, from its mailbox rows. */
  long writesOf(jakarta.json.JsonObject run) {
    long n = 0;
    for (jakarta.json.JsonObject r :
        server
            .getJson("/api/runs/" + run.getJsonNumber("executionId").longValue() + "/mailboxes")
            .asJsonArray()
            .getValuesAs(jakarta.json.JsonObject.class)) {
      for (String k : List.of("created", "updated", "deleted")) {
        if (r.containsKey(k) && !r.isNull(k)) {
          n += r.getJsonNumber(k).longValue();
        }
      }
    }
    return n;
  }

  String logTail(int chars) {
    String log = server.log();
    return log.substring(Math.max(0, log.length() - chars));
  }

  // ---- the desired state, computed by the test ----

  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String str(DirectoryUser u, String name) {
    JsonElement e = u.get(name);
    return e == null || e.isJsonNull() ? null : clean(e.getAsString());
  }

  static boolean enabledMemberWithMail(DirectoryUser u) {
    JsonElement enabled = u.get("accountEnabled");
    return !u.deleted()
        && enabled != null
        && !enabled.isJsonNull()
        && enabled.getAsBoolean()
        && !"Guest".equalsIgnoreCase(str(u, "userType"))
        && str(u, "mail") != null;
  }

  /** Source user ID → the fields the test compares, as the contact must carry them. */
  Map<String, Map<String, Object>> desiredContacts() {
    return sandbox
        .directory()
        .read(
            () -> {
              Map<String, Map<String, Object>> out = new TreeMap<>();
              for (DirectoryUser u : sandbox.directory().allUsers()) {
                if (enabledMemberWithMail(u)) {
                  out.put(u.id(), expectedFields(u));
                }
              }
              return out;
            });
  }

  static Map<String, Object> expectedFields(DirectoryUser u) {
    String given = str(u, "givenName");
    String surname = str(u, "surname");
    String name = str(u, "displayName");
    if (name == null) {
      name =
          clean(
              String.join(
                  " ", java.util.stream.Stream.of(given, surname).filter(s -> s != null).toList()));
    }
    if (name == null) {
      String upn = str(u, "userPrincipalName");
      name =
          upn == null ? null : clean(upn.contains("@") ? upn.substring(0, upn.indexOf('@')) : upn);
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("displayName", name);
    f.put("givenName", given);
    f.put("surname", surname);
    f.put("jobTitle", str(u, "jobTitle"));
    f.put("department", str(u, "department"));
    f.put("mobilePhone", str(u, "mobilePhone"));
    List<String> phones = new ArrayList<>();
    JsonElement bp = u.get("businessPhones");
    if (bp != null && bp.isJsonArray()) {
      for (JsonElement p : bp.getAsJsonArray()) {
        String v = p.isJsonNull() ? null : clean(p.getAsString());
        if (v != null && !phones.contains(v) && phones.size() < 2) {
          phones.add(v);
        }
      }
    }
    f.put("businessPhones", phones);
    f.put("email", str(u, "mail"));
    return f;
  }

  /** The fields the test compares, as a stored contact holds them. */
  static Map<String, Object> actualFields(JsonObject stored) {
    Map<String, Object> f = new LinkedHashMap<>();
    for (String k : List.of("displayName", "givenName", "surname", "jobTitle", "department")) {
      f.put(k, text(stored.get(k)));
    }
    f.put("mobilePhone", text(stored.get("mobilePhone")));
    List<String> phones = new ArrayList<>();
    JsonElement bp = stored.get("businessPhones");
    if (bp != null && bp.isJsonArray()) {
      bp.getAsJsonArray().forEach(p -> phones.add(p.isJsonNull() ? null : p.getAsString()));
    }
    f.put("businessPhones", phones);
    JsonElement mails = stored.get("emailAddresses");
    String first = null;
    if (mails != null && mails.isJsonArray() && !mails.getAsJsonArray().isEmpty()) {
      first = text(mails.getAsJsonArray().get(0).getAsJsonObject().get("address"));
    }
    f.put("email", first);
    return f;
  }

  static String text(JsonElement e) {
    return e == null || e.isJsonNull() ? null : clean(e.getAsString());
  }

  /**
   * Mailbox owners who must hold the contacts: enabled members with mail and a mailbox, in the
   * group.
   */
  Set<String> desiredTargets() {
    return sandbox
        .directory()
        .read(
            () -> {
              Set<String> inGroup =
                  new TreeSet<>(
                      sandbox
                          .directory()
                          .transitiveMembers(sandbox.directory().group(targetGroup)));
              return sandbox.directory().allUsers().stream()
                  .filter(u -> enabledMemberWithMail(u) && u.mailboxLicensed())
                  .map(DirectoryUser::id)
                  .filter(inGroup::contains)
                  .collect(Collectors.toCollection(TreeSet::new));
            });
  }

  /**
   * Every user with a mailbox who is still in the directory (deleted users' mailboxes are gone).
   */
  List<String> liveMailboxOwners() {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().allUsers().stream()
                    .filter(u -> !u.deleted() && u.mailboxLicensed())
                    .map(DirectoryUser::id)
                    .sorted()
                    .toList());
  }

  /** A contact as the sandbox stores it, with the folder it is in. */
  record Stored(String folderId, String folderName, String id, JsonObject stored) {}

  /** Every contact of a mailbox, in every folder. */
  List<Stored> allContacts(String mailboxId) {
    Mailbox m = sandbox.mailboxes().mailbox(mailboxId);
    List<Stored> out = new ArrayList<>();
    for (JsonElement f : MailboxAdmin.folders(m)) {
      JsonObject folder = f.getAsJsonObject();
      String fid =
          folder.get("isDefault").getAsBoolean() ? "default" : folder.get("id").getAsString();
      JsonArray contacts = MailboxAdmin.contacts(m, fid);
      if (contacts == null) {
        continue;
      }
      for (JsonElement c : contacts) {
        out.add(
            new Stored(
                fid,
                folder.get("displayName").getAsString(),
                c.getAsJsonObject().get("id").getAsString(),
                c.getAsJsonObject().getAsJsonObject("stored")));
      }
    }
    return out;
  }

  static String sourceIdOf(JsonObject stored) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = new com.google.gson.Gson().fromJson(stored, Map.class);
    return Marker.sourceIdOf(map).orElse(null);
  }

  /** Every difference between what the mailboxes hold and what they must hold; empty when exact. */
  List<String> differences() {
    Map<String, Map<String, Object>> desired = desiredContacts();
    Set<String> targets = desiredTargets();
    List<String> out = new ArrayList<>();
    for (String mailbox : liveMailboxOwners()) {
      List<Stored> all = allContacts(mailbox);
      Map<String, List<Stored>> ours = new TreeMap<>();
      for (Stored s : all) {
        String source = sourceIdOf(s.stored());
        if (source != null) {
          ours.computeIfAbsent(source, k -> new ArrayList<>()).add(s);
        }
      }
      String who = "mailbox " + mailbox + (targets.contains(mailbox) ? "" : " (not a target)");
      if (!targets.contains(mailbox)) {
        if (!ours.isEmpty()) {
          out.add(who + " still holds " + ours.size() + " contact(s) of CYNC, e.g. " + first(ours));
        }
      } else {
        List<String> missing = new ArrayList<>();
        for (var e : desired.entrySet()) {
          List<Stored> have = ours.get(e.getKey());
          if (have == null) {
            missing.add(e.getKey() + " " + e.getValue().get("displayName"));
          } else if (have.size() > 1) {
            out.add(
                who
                    + ": "
                    + have.size()
                    + " contacts for source "
                    + e.getKey()
                    + " "
                    + have.stream().map(c -> c.id() + " in " + c.folderName()).toList());
          } else {
            Map<String, Object> actual = actualFields(have.get(0).stored());
            if (!actual.equals(e.getValue())) {
              out.add(
                  who
                      + ": stale contact for "
                      + e.getKey()
                      + ": has "
                      + actual
                      + ", want "
                      + e.getValue());
            }
            if ("default".equals(have.get(0).folderId())) {
              out.add(who + ": contact for " + e.getKey() + " in the default folder");
            }
          }
        }
        if (!missing.isEmpty()) {
          out.add(
              who
                  + ": "
                  + missing.size()
                  + " of "
                  + desired.size()
                  + " contact(s) missing, e.g. "
                  + missing.subList(0, Math.min(3, missing.size())));
        }
        for (String source : ours.keySet()) {
          if (!desired.containsKey(source)) {
            out.add(
                who
                    + ": contact of a non-source "
                    + source
                    + " "
                    + ours.get(source).get(0).stored().get("displayName"));
          }
        }
        Set<String> folders = new TreeSet<>();
        ours.values()
            .forEach(l -> l.forEach(s -> folders.add(s.folderId() + " '" + s.folderName() + "'")));
        if (folders.size() > 1) {
          out.add(who + ": CYNC's contacts are spread over folders " + folders);
        }
      }
    }
    for (var e : userOwned.entrySet()) {
      if (!liveMailboxOwners().contains(e.getKey())) {
        continue; // its owner was deleted or lost the licence: the mailbox went with it, not by
        // CYNC
      }
      Map<String, JsonObject> now = new TreeMap<>();
      allContacts(e.getKey()).forEach(s -> now.put(s.id(), s.stored()));
      for (var own : e.getValue().entrySet()) {
        JsonObject have = now.get(own.getKey());
        if (have == null) {
          out.add(
              "mailbox "
                  + e.getKey()
                  + ": user-owned contact "
                  + own.getValue().get("displayName")
                  + " is gone");
        } else if (!have.equals(own.getValue())) {
          out.add(
              "mailbox "
                  + e.getKey()
                  + ": user-owned contact changed: was "
                  + own.getValue()
                  + ", is "
                  + have);
        }
      }
    }
    return out;
  }

  private static String first(Map<String, List<Stored>> ours) {
    var e = ours.entrySet().iterator().next();
    return e.getKey() + " " + e.getValue().get(0).stored().get("displayName");
  }

  /** The stored properties of a contact just made, to compare later. */
  JsonObject storedOf(String mailbox, String contactId) {
    return allContacts(mailbox).stream()
        .filter(s -> s.id().equals(contactId))
        .map(Stored::stored)
        .findFirst()
        .orElseThrow();
  }

  /** Forgets user-owned contacts that a user's own action removed (folder or mailbox emptied). */
  void forgetUserOwnedGone() {
    for (var e : userOwned.entrySet()) {
      Set<String> present = new TreeSet<>();
      allContacts(e.getKey()).forEach(s -> present.add(s.id()));
      e.getValue().keySet().retainAll(present);
    }
  }

  static JsonObject json(String s) {
    return JsonParser.parseString(s).getAsJsonObject();
  }

  @Override
  public void close() {
    if (server != null && ownsServer) {
      server.close();
    }
    sandbox.close();
  }
}
