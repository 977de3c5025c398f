package org.cync.sandbox.tenant;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded bulk mutations for tests, demos and benchmarks: change k users the way HR systems do
 * (titles, departments, phones), change photos, move users between groups. Each surfaces (or, for
 * photos and groups, does not surface) in users/delta exactly as the real service would.
 */
public final class DirectoryMutator {
  private final Directory dir;
  private final Random random;

  public DirectoryMutator(Directory dir, long seed) {
    this.dir = dir;
    this.random = new Random(seed);
  }

  /** Changes k distinct active member users; returns their IDs. */
  public synchronized List<String> changeUsers(int k) {
    List<String> members =
        dir.read(
            () -> {
              List<String> ids = new ArrayList<>();
              for (DirectoryUser u : dir.allUsers()) {
                if (!u.deleted() && "Member".equals(u.string("userType"))) {
                  ids.add(u.id());
                }
              }
              return ids;
            });
    java.util.Collections.shuffle(members, random);
    List<String> changed = members.subList(0, Math.min(k, members.size()));
    for (String id : changed) {
      Map<String, JsonElement> c = new LinkedHashMap<>();
      int kind = random.nextInt(4);
      String prop = new String[] {"jobTitle", "department", "mobilePhone", "businessPhones"}[kind];
      JsonElement current = dir.read(() -> dir.user(id).get(prop));
      JsonElement next;
      do {
        next = draw(kind);
      } while (next.equals(current));
      c.put(prop, next);
      dir.update(id, c);
    }
    return List.copyOf(changed);
  }

  private JsonElement draw(int kind) {
    return switch (kind) {
      case 0 -> new JsonPrimitive(TenantGenerator.pick(random, NamePool.TITLES) + " II");
      case 1 -> new JsonPrimitive(TenantGenerator.pick(random, NamePool.DEPARTMENTS));
      case 2 -> new JsonPrimitive(String.format("+49 160 %08d", random.nextInt(100_000_000)));
      default -> {
        JsonArray a = new JsonArray();
        a.add(String.format("+49 30 %04d %03d", random.nextInt(10000), random.nextInt(1000)));
        yield a;
      }
    };
  }

  /** Gives the user a new photo (or removes it when remove is true). */
  public synchronized void changePhoto(String userId, boolean remove) {
    dir.setPhoto(userId, remove ? null : Photos.jpeg(random, 240));
  }

  /** Moves a user from one group to another. */
  public boolean moveBetweenGroups(String userId, String fromGroup, String toGroup) {
    boolean removed = dir.removeMember(fromGroup, userId);
    dir.addMember(toGroup, userId);
    return removed;
  }
}
