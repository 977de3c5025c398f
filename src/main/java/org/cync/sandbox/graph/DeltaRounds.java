package org.cync.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The delta rounds in progress, by round id. A round stays until its skip tokens age out (so the
 * last page can be retried) or until it is the least recently used one beyond the capacity: one
 * busy client never drops the others' rounds, and memory stays bounded.
 */
final class DeltaRounds<R> {
  private final int capacity;
  private final LongSupplier millis;
  private final LinkedHashMap<String, Held<R>> byId;

  private record Held<R>(R round, long usedAt) {}

  DeltaRounds(int capacity, LongSupplier millis) {
    this.capacity = capacity;
    this.millis = millis;
    this.byId =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Held<R>> eldest) {
            return size() > DeltaRounds.this.capacity;
          }
        };
  }

  synchronized void put(String id, R round) {
    byId.put(id, new Held<>(round, millis.getAsLong()));
  }

  /** The round, or null when unknown, evicted or unused for longer than {@code maxAgeMillis}. */
  synchronized R get(String id, long maxAgeMillis) {
    Held<R> e = byId.get(id);
    if (e == null) {
      return null;
    }
    long now = millis.getAsLong();
    if (now - e.usedAt() > maxAgeMillis) {
      byId.remove(id);
      return null;
    }
    byId.put(id, new Held<>(e.round(), now));
    return e.round();
  }

  synchronized int size() {
    return byId.size();
  }
}
