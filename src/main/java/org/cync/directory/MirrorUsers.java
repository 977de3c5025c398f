package org.cync.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The directory mirror's users kept parsed in memory from one run to the next, so that a run reads
 * from Derby only the users whose fingerprint changed, and the new ones. The fingerprint is the
 * SHA-256 of what the mirror stores, so a user whose fingerprint is unchanged is exactly the one
 * kept. Lost with the process: its first run reads every user.
 */
@ApplicationScoped
public class MirrorUsers {
  @Inject MirrorRepository repository;
  private volatile Map<String, Kept> kept = Map.of();

  /** A user as read, with the fingerprint of what was read. */
  public record Kept(String fingerprint, SourceUser user) {}

  /**
   * Every user of the mirror, by object ID in ID order.
   *
   * @param fingerprints every mirrored user's fingerprint, as the mirror holds them now
   */
  public Map<String, SourceUser> users(Map<String, String> fingerprints) {
    Map<String, Kept> before = kept;
    Map<String, Kept> read =
        before.isEmpty() ? repository.readAll() : repository.read(toRead(before, fingerprints));
    Map<String, Kept> now = merge(before, fingerprints, read);
    kept = now;
    Map<String, SourceUser> users = new LinkedHashMap<>();
    now.forEach((id, k) -> users.put(id, k.user()));
    return users;
  }

  /** The users that must be read again: new ones, and those whose fingerprint changed. */
  static Set<String> toRead(Map<String, Kept> kept, Map<String, String> fingerprints) {
    Set<String> ids = new HashSet<>();
    fingerprints.forEach(
        (id, fp) -> {
          Kept k = kept.get(id);
          if (k == null || !k.fingerprint().equals(fp)) {
            ids.add(id);
          }
        });
    return ids;
  }

  /**
   * The mirror as the fingerprints say, in ID order: each user as just read, else as kept when its
   * fingerprint is the same. Users no longer in the mirror are dropped.
   */
  static Map<String, Kept> merge(
      Map<String, Kept> kept, Map<String, String> fingerprints, Map<String, Kept> read) {
    Map<String, Kept> out = new LinkedHashMap<>();
    new TreeMap<>(fingerprints)
        .forEach(
            (id, fp) -> {
              Kept k = read.containsKey(id) ? read.get(id) : kept.get(id);
              if (k != null && (read.containsKey(id) || k.fingerprint().equals(fp))) {
                out.put(id, k);
              }
            });
    return out;
  }
}
