package org.cync.sandbox.tenant;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The whole directory as JSON and back, with every sequence number, so a tenant saved to disk comes
 * back exactly: users (properties, deletion, manager, mailbox licence, photo), groups with their
 * members, permanently deleted IDs; users/delta tokens issued before the save stay meaningful.
 */
public final class DirectorySnapshot {
  private DirectorySnapshot() {}

  public static JsonObject save(Directory d) {
    return d.read(
        () -> {
          JsonObject o = new JsonObject();
          o.addProperty("tenantId", d.tenantId());
          o.addProperty("domain", d.domain());
          o.addProperty("seq", d.seq);
          JsonArray users = new JsonArray();
          d.users.values().forEach(u -> users.add(user(u)));
          o.add("users", users);
          JsonArray groups = new JsonArray();
          for (DirectoryGroup g : d.groups.values()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", g.id());
            j.add("props", g.props().deepCopy());
            JsonArray members = new JsonArray();
            g.members.forEach(members::add);
            j.add("members", members);
            groups.add(j);
          }
          o.add("groups", groups);
          JsonObject hard = new JsonObject();
          d.hardDeleted.forEach(hard::addProperty);
          o.add("hardDeleted", hard);
          return o;
        });
  }

  private static JsonObject user(DirectoryUser u) {
    JsonObject j = new JsonObject();
    j.addProperty("id", u.id());
    j.add("props", u.props.deepCopy());
    JsonObject seqs = new JsonObject();
    u.propSeq.forEach(seqs::addProperty);
    j.add("propSeq", seqs);
    j.addProperty("createdSeq", u.createdSeq);
    j.addProperty("removedSeq", u.removedSeq);
    j.addProperty("deletedAt", u.deletedAt == null ? null : u.deletedAt.toString());
    j.addProperty("managerId", u.managerId);
    j.addProperty("managerSeq", u.managerSeq);
    j.addProperty("mailboxLicensed", u.mailboxLicensed);
    j.addProperty("photo", u.photo == null ? null : Base64.getEncoder().encodeToString(u.photo));
    j.addProperty("photoEtag", u.photoEtag);
    return j;
  }

  /** A directory from {@link #save}'s JSON; throws IllegalArgumentException when it is not one. */
  public static Directory load(JsonObject o, Clock clock) {
    try {
      Directory d = new Directory(str(o, "tenantId"), str(o, "domain"), clock);
      d.seq = o.get("seq").getAsLong();
      for (JsonElement e : o.getAsJsonArray("users")) {
        JsonObject j = e.getAsJsonObject();
        DirectoryUser u = new DirectoryUser(str(j, "id"), j.get("createdSeq").getAsLong());
        for (Map.Entry<String, JsonElement> p : j.getAsJsonObject("props").entrySet()) {
          u.props.add(p.getKey(), p.getValue());
        }
        j.getAsJsonObject("propSeq")
            .entrySet()
            .forEach(p -> u.propSeq.put(p.getKey(), p.getValue().getAsLong()));
        u.removedSeq = j.get("removedSeq").getAsLong();
        String deleted = str(j, "deletedAt");
        u.deletedAt = deleted == null ? null : Instant.parse(deleted);
        u.managerId = str(j, "managerId");
        u.managerSeq = j.get("managerSeq").getAsLong();
        u.mailboxLicensed = j.get("mailboxLicensed").getAsBoolean();
        String photo = str(j, "photo");
        u.photo = photo == null ? null : Base64.getDecoder().decode(photo);
        u.photoEtag = str(j, "photoEtag");
        d.users.put(u.id(), u);
        String upn = u.string("userPrincipalName");
        if (upn != null) {
          d.byUpn.put(upn.toLowerCase(), u.id());
        }
      }
      for (JsonElement e : o.getAsJsonArray("groups")) {
        JsonObject j = e.getAsJsonObject();
        DirectoryGroup g = new DirectoryGroup(str(j, "id"), j.getAsJsonObject("props"));
        j.getAsJsonArray("members").forEach(m -> g.members.add(m.getAsString()));
        d.groups.put(g.id(), g);
      }
      o.getAsJsonObject("hardDeleted")
          .entrySet()
          .forEach(h -> d.hardDeleted.put(h.getKey(), h.getValue().getAsLong()));
      return d;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a saved directory: " + e.getMessage(), e);
    }
  }

  static String str(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }
}
