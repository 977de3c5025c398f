package org.cync.trial;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cync.audit.AuditTrail;
import org.cync.roles.AdministratorOnly;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryGroup;
import org.cync.sandbox.tenant.DirectoryUser;

/**
 * What the Directory page does to the simulated tenant, through the sandbox directory's own
 * mutations (those its admin API uses), so users/delta reports each change as Entra ID would. Every
 * change is an Administrator's and is audited.
 */
@ApplicationScoped
public class TryoutDirectory {
  static final int MAX_QUERY = 100;
  static final int MAX_ROWS = 50;

  @Inject SimulatedTenant tenant;
  @Inject AuditTrail audit;

  public boolean on() {
    return tenant.isRunning();
  }

  private Directory dir() {
    return tenant
        .sandbox()
        .map(GraphSandbox::directory)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The simulated tenant is off: turn it on on the Connection page."));
  }

  /** Users whose name, mail or UPN contains the text (all when empty), deleted ones included. */
  public List<UserRow> search(String text) {
    String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (q.length() > MAX_QUERY) {
      throw new IllegalArgumentException("Search: at most " + MAX_QUERY + " characters.");
    }
    Directory d = dir();
    return d.read(
        () ->
            d.allUsers().stream()
                .filter(u -> q.isEmpty() || matches(u, q))
                .map(UserRow::of)
                .sorted(Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT)))
                .limit(MAX_ROWS)
                .toList());
  }

  private static boolean matches(DirectoryUser u, String q) {
    for (String p : List.of("displayName", "mail", "userPrincipalName")) {
      String v = u.string(p);
      if (v != null && v.toLowerCase(Locale.ROOT).contains(q)) {
        return true;
      }
    }
    return false;
  }

  public Optional<UserRow> user(String id) {
    Directory d = dir();
    return d.read(() -> Optional.ofNullable(d.anyUser(id)).map(UserRow::of));
  }

  /** The editable fields of a user, as the form shows them. */
  public Map<String, String> form(String id) {
    Directory d = dir();
    return d.read(
        () -> {
          Map<String, String> f = new LinkedHashMap<>();
          DirectoryUser u = d.anyUser(id);
          for (UserEdit.Field field : UserEdit.FIELDS) {
            f.put(field.key(), u == null ? "" : UserEdit.formValue(u.get(field.property())));
          }
          return f;
        });
  }

  public byte[] photo(String id) {
    Directory d = dir();
    return d.read(() -> d.anyUser(id) == null ? null : d.anyUser(id).photo());
  }

  public List<GroupRow> groups() {
    Directory d = dir();
    return d.read(
        () ->
            d.groups().stream()
                .map(TryoutDirectory::row)
                .sorted(Comparator.comparing(GroupRow::name))
                .toList());
  }

  public List<GroupRow> groupsOf(String id) {
    Directory d = dir();
    return d.read(
        () ->
            d.groups().stream()
                .filter(g -> g.members().contains(id))
                .map(TryoutDirectory::row)
                .sorted(Comparator.comparing(GroupRow::name))
                .toList());
  }

  private static GroupRow row(DirectoryGroup g) {
    var p = g.props();
    String mail =
        p.get("mail") == null || p.get("mail").isJsonNull() ? null : p.get("mail").getAsString();
    return new GroupRow(g.id(), p.get("displayName").getAsString(), mail);
  }

  /** Applies the form; returns the problems (nothing changed then), empty when saved. */
  @AdministratorOnly
  public Map<String, String> update(String id, Map<String, String> form) {
    UserEdit.Outcome o = UserEdit.check(form);
    if (!o.problems().isEmpty()) {
      return o.problems();
    }
    Directory d = dir();
    Map<String, JsonElement> changed = new LinkedHashMap<>();
    d.read(
        () -> {
          DirectoryUser u = d.user(id);
          if (u != null) {
            o.changes()
                .forEach(
                    (k, v) -> {
                      JsonElement now = u.get(k);
                      boolean same =
                          now == null
                              ? v.isJsonNull() || (v.isJsonArray() && v.getAsJsonArray().isEmpty())
                              : now.equals(v);
                      if (!same) {
                        changed.put(k, v);
                      }
                    });
          }
          return null;
        });
    if (!d.update(id, changed)) {
      return Map.of("User", "User: not found or deleted; restore it first.");
    }
    audit.record(
        "Simulated tenant: user changed",
        name(id) + ": " + (changed.isEmpty() ? "nothing" : String.join(", ", changed.keySet())));
    return Map.of();
  }

  @AdministratorOnly
  public void setEnabled(String id, boolean enabled) {
    if (!dir().update(id, Map.of("accountEnabled", new JsonPrimitive(enabled)))) {
      throw new IllegalArgumentException("User: not found or deleted; restore it first.");
    }
    audit.record("Simulated tenant: user " + (enabled ? "enabled" : "disabled"), name(id));
  }

  @AdministratorOnly
  public void delete(String id) {
    if (!dir().softDelete(id)) {
      throw new IllegalArgumentException("User: not found or already deleted.");
    }
    audit.record("Simulated tenant: user deleted", name(id) + " (restorable)");
  }

  @AdministratorOnly
  public void restore(String id) {
    if (!dir().restore(id)) {
      throw new IllegalArgumentException("User: not found or not deleted.");
    }
    audit.record("Simulated tenant: user restored", name(id));
  }

  /** Sets (or, with null, removes) the photo; the caller checked it ({@link PhotoUpload}). */
  @AdministratorOnly
  public void setPhoto(String id, byte[] photo) {
    Directory d = dir();
    if (d.read(() -> d.anyUser(id) == null)) {
      throw new IllegalArgumentException("User: not found.");
    }
    d.setPhoto(id, photo);
    audit.record("Simulated tenant: photo " + (photo == null ? "removed" : "changed"), name(id));
  }

  @AdministratorOnly
  public void membership(String id, String groupId, boolean member) {
    Directory d = dir();
    if (d.read(() -> d.anyUser(id) == null || groupId == null || d.group(groupId) == null)) {
      throw new IllegalArgumentException("Group: choose a group of the simulated tenant.");
    }
    if (member) {
      d.addMember(groupId.toLowerCase(Locale.ROOT), id);
    } else {
      d.removeMember(groupId.toLowerCase(Locale.ROOT), id);
    }
    String g = d.read(() -> d.group(groupId).props().get("displayName").getAsString());
    audit.record(
        "Simulated tenant: " + (member ? "added to group" : "removed from group"),
        name(id) + ", " + g);
  }

  private String name(String id) {
    return user(id).map(UserRow::label).orElse(id);
  }
}
