package org.cync.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cync.settings.MappingOptions;
import org.cync.settings.SourceOptions;
import org.cync.settings.SyncOptions;
import org.cync.settings.TargetOptions;

/**
 * Everything {@link DesiredState#compute} reads, in a form cheap to keep and compare: the options
 * that feed it, digests of the directory mirror (every user's ID and fingerprint), of the group
 * memberships read this run and of the users without a mailbox, and how many desired contacts and
 * target mailboxes Derby holds. When a run's basis equals the one the last computation was made
 * from and left behind, computing again would write nothing, so the desired step skips it. Pure.
 *
 * @param contacts desired contacts in Derby
 * @param targets mailboxes marked as targets in Derby
 */
record DesiredBasis(
    SourceOptions sources,
    TargetOptions targetOptions,
    MappingOptions mapping,
    String mirror,
    String groups,
    String withoutMailbox,
    long contacts,
    long targets) {

  /**
   * @param userFingerprints every mirrored user's ID and fingerprint
   * @param groupsOfUser as given to {@link DesiredState#compute}
   */
  static DesiredBasis of(
      SyncOptions o,
      Map<String, String> userFingerprints,
      Map<String, Set<String>> groupsOfUser,
      Set<String> withoutMailbox,
      long contacts,
      long targets) {
    return new DesiredBasis(
        o.sources(),
        o.targets(),
        o.mapping(),
        digest(userFingerprints),
        digest(groupsOfUser),
        digest(Map.of("", withoutMailbox)),
        contacts,
        targets);
  }

  /**
   * Whether the last computation's result still stands: it was made from the same basis and left
   * the counts found now. Without one (a new server process, or a computation that did not end) the
   * answer is no.
   */
  boolean unchangedSince(DesiredBasis last) {
    return equals(last);
  }

  /** SHA-256 over the entries in key order, set values in their natural order. */
  static String digest(Map<String, ?> byKey) {
    MessageDigest sha = sha256();
    new TreeMap<>(byKey)
        .forEach(
            (k, v) -> {
              Object value = v instanceof Collection<?> c ? new TreeSet<>(c) : v;
              sha.update((k + '\u0000' + value + '\u0001').getBytes(StandardCharsets.UTF_8));
            });
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
