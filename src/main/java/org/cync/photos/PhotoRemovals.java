package org.cync.photos;

import java.util.HashSet;
import java.util.Set;

/**
 * Photos reported gone for many users at once are believed only when the next run says so too. Any
 * 404 on {@code /photo} means "no photo", and a photo cannot be taken off a contact (it is made
 * again without it), so a passing fault in Graph would otherwise re-create thousands of contacts in
 * every mailbox. A few at a time are people changing their profile, and go through at once. Pure.
 */
public final class PhotoRemovals {
  /** A burst is at least this many removals in one run… */
  public static final int MIN_BURST = 20;

  /** …and more than this share of the photos held. */
  public static final int BURST_PERCENT = 10;

  private PhotoRemovals() {}

  /**
   * @param remove removals to carry out now
   * @param deferred removals to ask about again at the next run
   */
  public record Decision(Set<String> remove, Set<String> deferred) {}

  /**
   * @param held how many users have a photo held
   * @param gone of those, the ones reported without a photo now
   * @param deferredLastRun what the previous run deferred
   */
  public static Decision decide(int held, Set<String> gone, Set<String> deferredLastRun) {
    boolean burst = gone.size() >= MIN_BURST && gone.size() * 100L > (long) held * BURST_PERCENT;
    if (!burst) {
      return new Decision(Set.copyOf(gone), Set.of());
    }
    Set<String> confirmed = new HashSet<>(gone);
    confirmed.retainAll(deferredLastRun);
    Set<String> deferred = new HashSet<>(gone);
    deferred.removeAll(confirmed);
    return new Decision(Set.copyOf(confirmed), Set.copyOf(deferred));
  }
}
