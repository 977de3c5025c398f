package org.cync.sandbox.tenant;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The tenant's users and groups. Every change takes the next sequence number, which is what delta
 * tokens remember. Reads run under a shared lock, mutations under an exclusive one.
 */
public final class Directory {
  private final String tenantId;
  private final String domain;
  private final Clock clock;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  final TreeMap<String, DirectoryUser> users = new TreeMap<>();
  final Map<String, String> byUpn = new HashMap<>();
  final TreeMap<String, DirectoryGroup> groups = new TreeMap<>();
  final Map<String, Long> hardDeleted = new HashMap<>();
  long seq;

  /** Counts every write, delta-visible or not (photos, memberships): what a saver watches. */
  private final java.util.concurrent.atomic.AtomicLong revision =
      new java.util.concurrent.atomic.AtomicLong();

  public Directory(String tenantId, String domain, Clock clock) {
    this.tenantId = tenantId;
    this.domain = domain;
    this.clock = clock;
  }

  public String tenantId() {
    return tenantId;
  }

  public String domain() {
    return domain;
  }

  public <T> T read(Supplier<T> body) {
    lock.readLock().lock();
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  public <T> T write(Supplier<T> body) {
    lock.writeLock().lock();
    try {
      revision.incrementAndGet();
      return body.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** How many writes this directory has seen (changes when anything may have changed). */
  public long revision() {
    return revision.get();
  }

  /** The current sequence number: a delta round covers changes up to it. */
  public long sequence() {
    return read(() -> seq);
  }

  // ---- reads (call inside read(...)) ----

  /** An active user by object ID or UPN (case-insensitive), or null. */
  public DirectoryUser user(String idOrUpn) {
    DirectoryUser u = users.get(idOrUpn.toLowerCase());
    if (u == null) {
      String id = byUpn.get(idOrUpn.toLowerCase());
      u = id == null ? null : users.get(id);
    }
    return u == null || u.deleted() ? null : u;
  }

  /** Users ordered by object ID, including soft-deleted ones. */
  public Collection<DirectoryUser> allUsers() {
    return users.values();
  }

  public DirectoryGroup group(String id) {
    return groups.get(id.toLowerCase());
  }

  public Collection<DirectoryGroup> groups() {
    return groups.values();
  }

  /** Users or groups that changed after fromSeq in a tracked property, were created or restored. */
  public List<String> changedAfter(long fromSeq, long toSeq, Collection<String> tracked) {
    List<String> ids = new ArrayList<>();
    for (DirectoryUser u : users.values()) {
      if (u.deleted()
          ? u.removedSeq > fromSeq && u.removedSeq <= toSeq
          : u.changedAfter(tracked, fromSeq)) {
        ids.add(u.id());
      }
    }
    hardDeleted.forEach(
        (id, s) -> {
          if (s > fromSeq && s <= toSeq) {
            ids.add(id);
          }
        });
    ids.sort(null);
    return ids;
  }

  /** The removal reason for an ID in delta: "changed" (soft-deleted), "deleted" or null. */
  public String removalReason(String id) {
    DirectoryUser u = users.get(id);
    if (u != null) {
      return u.deleted() ? "changed" : null;
    }
    return hardDeleted.containsKey(id) ? "deleted" : null;
  }

  /** IDs of permanently deleted users (delta names them as {@code @removed} "deleted"). */
  public List<String> hardDeletedIds() {
    return new ArrayList<>(hardDeleted.keySet());
  }

  public DirectoryUser anyUser(String id) {
    return users.get(id);
  }

  /** Flat, de-duplicated nested membership in breadth-first order (groups included). */
  public List<String> transitiveMembers(DirectoryGroup g) {
    Set<String> out = new LinkedHashSet<>();
    ArrayDeque<DirectoryGroup> todo = new ArrayDeque<>(List.of(g));
    Set<String> seen = new java.util.HashSet<>(Set.of(g.id()));
    while (!todo.isEmpty()) {
      for (String m : todo.poll().members) {
        out.add(m);
        DirectoryGroup nested = groups.get(m);
        if (nested != null && seen.add(m)) {
          todo.add(nested);
        }
      }
    }
    return new ArrayList<>(out);
  }

  // ---- mutations (each takes the write lock) ----

  public DirectoryUser addUser(String id, Map<String, JsonElement> props) {
    return write(
        () -> {
          DirectoryUser u = new DirectoryUser(id.toLowerCase(), ++seq);
          props.forEach((k, v) -> u.set(k, v, seq));
          users.put(u.id(), u);
          String upn = u.string("userPrincipalName");
          if (upn != null) {
            byUpn.put(upn.toLowerCase(), u.id());
          }
          return u;
        });
  }

  /** Changes properties; only values that really differ take a new sequence number. */
  public boolean update(String id, Map<String, JsonElement> changes) {
    return write(
        () -> {
          DirectoryUser u = user(id);
          if (u == null) {
            return false;
          }
          long s = ++seq;
          changes.forEach(
              (k, v) -> {
                if (!java.util.Objects.equals(u.get(k), v)) {
                  u.set(k, v, s);
                }
              });
          return true;
        });
  }

  public void setManager(String id, String managerId) {
    write(
        () -> {
          DirectoryUser u = users.get(id);
          u.managerId = managerId;
          u.managerSeq = ++seq;
          return null;
        });
  }

  public void setMailboxLicensed(String id, boolean licensed) {
    write(
        () -> {
          users.get(id).mailboxLicensed = licensed;
          return null;
        });
  }

  /** Soft delete: restorable for 30 days, surfaces in delta as @removed reason "changed". */
  public boolean softDelete(String id) {
    return write(
        () -> {
          DirectoryUser u = user(id);
          if (u == null) {
            return false;
          }
          u.deletedAt = clock.instant();
          u.removedSeq = ++seq;
          u.set("deletedDateTime", new JsonPrimitive(u.deletedAt.toString()), seq);
          return true;
        });
  }

  public boolean restore(String id) {
    return write(
        () -> {
          DirectoryUser u = users.get(id.toLowerCase());
          if (u == null || !u.deleted()) {
            return false;
          }
          u.deletedAt = null;
          u.createdSeq = ++seq;
          u.set("deletedDateTime", null, seq);
          return true;
        });
  }

  /** Permanent delete: gone for good, @removed reason "deleted". */
  public boolean hardDelete(String id) {
    return write(
        () -> {
          DirectoryUser u = users.remove(id.toLowerCase());
          if (u == null) {
            return false;
          }
          String upn = u.string("userPrincipalName");
          if (upn != null) {
            byUpn.remove(upn.toLowerCase());
          }
          hardDeleted.put(u.id(), ++seq);
          groups.values().forEach(g -> g.members.remove(u.id()));
          return true;
        });
  }

  /** A new photo; like Entra, photo changes never surface in users/delta. */
  public void setPhoto(String id, byte[] jpeg) {
    write(
        () -> {
          DirectoryUser u = users.get(id.toLowerCase());
          u.photo = jpeg;
          u.photoEtag =
              jpeg == null ? null : String.format("\"%08X\"", java.util.Arrays.hashCode(jpeg));
          return null;
        });
  }

  public DirectoryGroup addGroup(String id, String name, boolean mailEnabled, String nickname) {
    return write(
        () -> {
          DirectoryGroup g =
              new DirectoryGroup(id.toLowerCase(), name, mailEnabled, nickname, domain);
          groups.put(g.id(), g);
          return g;
        });
  }

  public void addMember(String groupId, String memberId) {
    write(
        () -> {
          DirectoryGroup g = groups.get(groupId);
          if (!g.members.contains(memberId)) {
            g.members.add(memberId);
          }
          return null;
        });
  }

  public boolean removeMember(String groupId, String memberId) {
    return write(() -> groups.get(groupId).members.remove(memberId));
  }
}
