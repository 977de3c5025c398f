package org.cync.sandbox.throttle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Injected failures, switchable at run time: rates (0..1) of 429, 503, 504 and dropped connections
 * per (sub-)request, a switch that makes users/delta answer 410 Gone, and what users/delta may do
 * per §1.3: name deleted users as {@code @removed} in the initial round (on by default, as Entra
 * does) and send the same user more than once in a round (a seeded rate, off by default).
 */
public final class Faults {
  public volatile double rate429;
  public volatile double rate503;
  public volatile double rate504;
  public volatile double rateDrop;
  public volatile boolean usersDeltaGone;
  public volatile boolean usersDeltaInitialRemoved = true;
  public volatile double usersDeltaReplayRate;
  private final Random random;

  public Faults(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Whether a {@code $batch} envelope loses its answer: the sub-requests ran, the connection drops
   * before the client reads the result (the case that tempts a client into duplicate creates).
   */
  public boolean dropEnvelope() {
    if (rateDrop == 0) {
      return false;
    }
    synchronized (this) {
      return random.nextDouble() < rateDrop;
    }
  }

  /** The status to inject for this request (0 = none, -1 = drop the connection). */
  public int draw(boolean canDrop) {
    if (rate429 == 0 && rate503 == 0 && rate504 == 0 && rateDrop == 0) {
      return 0;
    }
    synchronized (this) {
      return drawLocked(canDrop);
    }
  }

  private int drawLocked(boolean canDrop) {
    double x = random.nextDouble();
    if (canDrop && x < rateDrop) {
      return -1;
    }
    x -= canDrop ? rateDrop : 0;
    if (x < rate429) {
      return 429;
    }
    x -= rate429;
    if (x < rate503) {
      return 503;
    }
    x -= rate503;
    return x < rate504 ? 504 : 0;
  }

  /**
   * The IDs of a delta round, each one sent again at usersDeltaReplayRate at a random later place
   * in the same round (the first copy keeps its place).
   */
  public List<String> withReplays(List<String> ids) {
    double rate = usersDeltaReplayRate;
    if (rate == 0 || ids.isEmpty()) {
      return ids;
    }
    record Placed(double at, String id) {}
    List<Placed> placed = new ArrayList<>();
    synchronized (this) {
      for (int i = 0; i < ids.size(); i++) {
        placed.add(new Placed(i, ids.get(i)));
        if (random.nextDouble() < rate) {
          placed.add(new Placed(i + (1 - random.nextDouble()) * (ids.size() - i), ids.get(i)));
        }
      }
    }
    placed.sort(Comparator.comparingDouble(Placed::at));
    return placed.stream().map(Placed::id).toList();
  }

  public void clear() {
    rate429 = 0;
    rate503 = 0;
    rate504 = 0;
    rateDrop = 0;
    usersDeltaGone = false;
    usersDeltaInitialRemoved = true;
    usersDeltaReplayRate = 0;
  }
}
