package org.cync.sandbox.throttle;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts requests by endpoint, by mailbox and by status (sub-requests count individually), and, for
 * a benchmark that must tell the work from its overhead, the sub-requests among them and per
 * mailbox the successful contact writes and the 429s.
 */
public final class RequestCounters {
  private final Map<String, LongAdder> byEndpoint = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byMailbox = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> writesByMailbox = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> throttledByMailbox = new ConcurrentHashMap<>();
  private final LongAdder total = new LongAdder();
  private final LongAdder subRequests = new LongAdder();
  private final LongAdder writes = new LongAdder();

  /** A top-level request that is neither a sub-request nor a contact write (token, envelope). */
  public void count(String endpoint, String mailbox, int status) {
    count(endpoint, mailbox, status, false, false);
  }

  /**
   * contactWrite: a POST, PUT, PATCH or DELETE on a mailbox's contacts; it counts as a write when
   * it succeeded (2xx).
   */
  public void count(
      String endpoint, String mailbox, int status, boolean subRequest, boolean contactWrite) {
    total.increment();
    if (subRequest) {
      subRequests.increment();
    }
    if (mailbox != null && contactWrite && status >= 200 && status < 300) {
      writes.increment();
      writesByMailbox.computeIfAbsent(mailbox, k -> new LongAdder()).increment();
    }
    if (mailbox != null && status == 429) {
      throttledByMailbox.computeIfAbsent(mailbox, k -> new LongAdder()).increment();
    }
    byEndpoint.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
    if (mailbox != null) {
      byMailbox.computeIfAbsent(mailbox, k -> new LongAdder()).increment();
    }
    byStatus.computeIfAbsent(String.valueOf(status), k -> new LongAdder()).increment();
  }

  public long total() {
    return total.sum();
  }

  public long status(int status) {
    LongAdder a = byStatus.get(String.valueOf(status));
    return a == null ? 0 : a.sum();
  }

  public long endpoint(String endpoint) {
    LongAdder a = byEndpoint.get(endpoint);
    return a == null ? 0 : a.sum();
  }

  public JsonObject toJson() {
    JsonObject o = new JsonObject();
    o.addProperty("total", total.sum());
    o.add("byEndpoint", map(byEndpoint));
    o.add("byMailbox", map(byMailbox));
    o.add("byStatus", map(byStatus));
    o.addProperty("subRequests", subRequests.sum());
    o.addProperty("writes", writes.sum());
    o.add("writesByMailbox", map(writesByMailbox));
    o.add("throttledByMailbox", map(throttledByMailbox));
    return o;
  }

  private static JsonObject map(Map<String, LongAdder> m) {
    JsonObject o = new JsonObject();
    new TreeMap<>(m).forEach((k, v) -> o.addProperty(k, v.sum()));
    return o;
  }

  public void reset() {
    byEndpoint.clear();
    byMailbox.clear();
    byStatus.clear();
    writesByMailbox.clear();
    throttledByMailbox.clear();
    total.reset();
    subRequests.reset();
    writes.reset();
  }
}
