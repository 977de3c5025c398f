package org.cync.sandbox.tenant;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One directory user: its stored properties, the change sequence number of each (so a delta round
 * tracks only selected properties), its manager, photo and deletion state. Guarded by the owning
 * {@link Directory}'s lock.
 */
public final class DirectoryUser {
  private final String id;
  final JsonObject props = new JsonObject();
  final Map<String, Long> propSeq = new HashMap<>();
  long createdSeq;
  long removedSeq;
  Instant deletedAt;
  String managerId;
  long managerSeq;
  boolean mailboxLicensed;
  byte[] photo;
  String photoEtag;

  DirectoryUser(String id, long seq) {
    this.id = id;
    this.createdSeq = seq;
    props.addProperty("id", id);
  }

  public String id() {
    return id;
  }

  void set(String name, JsonElement value, long seq) {
    props.add(name, value == null ? JsonNull.INSTANCE : value);
    propSeq.put(name, seq);
  }

  public JsonElement get(String name) {
    return props.get(name);
  }

  public String string(String name) {
    JsonElement e = props.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  public boolean deleted() {
    return deletedAt != null;
  }

  /** Has an Exchange Online mailbox (licensed, provisioned). */
  public boolean mailboxLicensed() {
    return mailboxLicensed;
  }

  public String managerId() {
    return managerId;
  }

  public byte[] photo() {
    return photo;
  }

  public String photoEtag() {
    return photoEtag;
  }

  long changedSince(String name) {
    return "manager".equals(name) ? managerSeq : propSeq.getOrDefault(name, 0L);
  }

  boolean changedAfter(Collection<String> tracked, long seq) {
    if (createdSeq > seq) {
      return true;
    }
    for (String p : tracked) {
      if (changedSince(p) > seq) {
        return true;
      }
    }
    return false;
  }

  /** The properties selected, null for never-set ones (list and get semantics). */
  public JsonObject render(Collection<String> select) {
    JsonObject o = new JsonObject();
    for (String p : select) {
      if ("manager".equals(p)) {
        continue;
      }
      JsonElement v = props.get(p);
      o.add(
          p,
          v != null
              ? v.deepCopy()
              : UserSchema.COLLECTIONS.contains(p) ? new JsonArray() : JsonNull.INSTANCE);
    }
    return o;
  }

  /**
   * The delta form: selected properties that were ever set (set-to-null as null); with minimal,
   * only those changed after fromSeq. A manager change is written as manager@delta.
   */
  public JsonObject renderDelta(Collection<String> select, boolean minimal, long fromSeq) {
    JsonObject o = new JsonObject();
    boolean whole = !minimal || createdSeq > fromSeq;
    for (String p : select) {
      if ("manager".equals(p)) {
        if (managerId != null && (whole || managerSeq > fromSeq)) {
          JsonArray a = new JsonArray();
          JsonObject m = new JsonObject();
          m.addProperty("@odata.type", "#microsoft.graph.user");
          m.addProperty("id", managerId);
          a.add(m);
          o.add("manager@delta", a);
        }
        continue;
      }
      JsonElement v = props.get(p);
      if (v != null && (whole || changedSince(p) > fromSeq || "id".equals(p))) {
        o.add(p, v.deepCopy());
      }
    }
    o.addProperty("id", id);
    return o;
  }
}
