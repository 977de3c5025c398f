package org.cync.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down guessing, in memory: after {@value #DELAY_AFTER} failures within 15 minutes for an
 * account name or from an address, further attempts are refused without checking the password until
 * a wait has passed (1 s, 2 s, 4 s … at most 60 s); after {@value #LOCK_AFTER} failures the account
 * name is locked for 15 minutes. A success resets the name's count. Both maps are bounded (least
 * recently used entries go first, stale ones are dropped as we go), so a flood of random names or
 * addresses costs fixed memory; a real account's lock is also kept in Derby, so an eviction cannot
 * lift it. Own code: the rules are a few lines, and a rate-limit library would still need them. Its
 * lock is held for microseconds, never while a password is checked.
 */
@ApplicationScoped
public class SignInThrottle {
  static final int DELAY_AFTER = 5;
  static final int LOCK_AFTER = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);
  static final Duration MAX_WAIT = Duration.ofSeconds(60);
  static final int MAX_ENTRIES = 10_000;

  /** Whether an attempt may go ahead: no wait and no lock. */
  public record Verdict(Duration delay, Instant lockedUntil) {
    public boolean allowed() {
      return delay.isZero() && lockedUntil == null;
    }

    /** Seconds for {@code Retry-After}, rounded up, at least 1. */
    public long retryAfterSeconds() {
      long millis = delay.toMillis();
      return Math.max(1, (millis + 999) / 1000);
    }
  }

  private static final class Failures {
    final Deque<Instant> failures = new ArrayDeque<>();
    Instant nextAllowed = Instant.MIN;
    Instant lockedUntil;
    Instant touched;
  }

  private final Clock clock;
  private final Map<String, Failures> byName = bounded();
  private final Map<String, Failures> byAddress = bounded();

  public SignInThrottle() {
    this(Clock.systemUTC());
  }

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  public synchronized Verdict check(String name, String address) {
    Instant now = clock.instant();
    prune(now);
    Failures n = byName.get(key(name));
    Failures a = byAddress.get(address);
    Instant locked =
        n != null && n.lockedUntil != null && now.isBefore(n.lockedUntil) ? n.lockedUntil : null;
    Duration wait = max(waitOf(n, now), waitOf(a, now));
    if (locked != null) {
      wait = max(wait, Duration.between(now, locked));
    }
    return new Verdict(wait, locked);
  }

  /**
   * {@link #check} and, when the attempt may go ahead, count it as a failure at once, before its
   * password is checked: parallel attempts then cannot all pass the check together (50 at once
   * would otherwise all be checked before the first failure is recorded). {@link #rejected} or
   * {@link #accepted} settles it.
   */
  public synchronized Verdict admit(String name, String address) {
    Verdict v = check(name, address);
    if (v.allowed()) {
      Instant now = clock.instant();
      record(byAddress.computeIfAbsent(address, k -> new Failures()), now);
      record(byName.computeIfAbsent(key(name), k -> new Failures()), now);
    }
    return v;
  }

  /**
   * An admitted attempt had a wrong password (already counted); returns when the account name is
   * locked if this failure locked it, else null.
   */
  public synchronized Instant rejected(String name) {
    Failures n = byName.get(key(name));
    return n != null && n.failures.size() >= LOCK_AFTER ? lock(n, clock.instant()) : null;
  }

  /** An admitted attempt had the right password: the name starts afresh, the address forgets it. */
  public synchronized void accepted(String name, String address) {
    byName.remove(key(name));
    Failures a = byAddress.get(address);
    if (a != null && !a.failures.isEmpty()) {
      a.failures.removeLast();
      if (a.failures.size() < DELAY_AFTER) {
        a.nextAllowed = Instant.MIN;
      }
    }
  }

  /**
   * Records a wrong password; returns when the account name is locked if this failure locked it,
   * else null.
   */
  public synchronized Instant failed(String name, String address) {
    Instant now = clock.instant();
    Failures a = byAddress.computeIfAbsent(address, k -> new Failures());
    record(a, now);
    Failures n = byName.computeIfAbsent(key(name), k -> new Failures());
    record(n, now);
    return n.failures.size() >= LOCK_AFTER ? lock(n, now) : null;
  }

  private static Instant lock(Failures n, Instant now) {
    n.failures.clear();
    n.nextAllowed = Instant.MIN;
    n.lockedUntil = now.plus(LOCK);
    return n.lockedUntil;
  }

  /** A correct password: the account name starts afresh (the address keeps its count). */
  public synchronized void succeeded(String name) {
    byName.remove(key(name));
  }

  /** An Administrator lifted the lock: the account name starts afresh. */
  public synchronized void unlock(String name) {
    byName.remove(key(name));
  }

  /** Until when the name is locked in memory, or null. */
  public synchronized Instant lockedUntil(String name) {
    Failures n = byName.get(key(name));
    return n == null || n.lockedUntil == null || !clock.instant().isBefore(n.lockedUntil)
        ? null
        : n.lockedUntil;
  }

  synchronized int size() {
    return byName.size() + byAddress.size();
  }

  private static void record(Failures e, Instant now) {
    e.touched = now;
    while (!e.failures.isEmpty() && !e.failures.peekFirst().isAfter(now.minus(WINDOW))) {
      e.failures.removeFirst();
    }
    e.failures.addLast(now);
    while (e.failures.size() > LOCK_AFTER + 6) {
      e.failures.removeFirst(); // enough to reach the longest wait
    }
    int over = e.failures.size() - DELAY_AFTER;
    if (over >= 0) {
      long seconds = Math.min(MAX_WAIT.toSeconds(), 1L << Math.min(over, 30));
      e.nextAllowed = now.plusSeconds(seconds);
    }
  }

  private static Duration waitOf(Failures e, Instant now) {
    return e == null || !now.isBefore(e.nextAllowed)
        ? Duration.ZERO
        : Duration.between(now, e.nextAllowed);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Drops a few of the least recently used entries once they are stale. */
  private void prune(Instant now) {
    for (Map<String, Failures> map : java.util.List.of(byName, byAddress)) {
      Iterator<Failures> it = map.values().iterator();
      for (int i = 0; i < 4 && it.hasNext(); i++) {
        Failures e = it.next();
        boolean stale =
            e.touched == null
                || e.touched.isBefore(now.minus(WINDOW)) && !now.isBefore(e.nextAllowed);
        boolean locked = e.lockedUntil != null && now.isBefore(e.lockedUntil);
        if (stale && !locked) {
          it.remove();
        }
      }
    }
  }

  static String key(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.length() > 64 ? n.substring(0, 64) : n;
  }

  private static Map<String, Failures> bounded() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > MAX_ENTRIES;
      }
    };
  }
}
