package org.cync.sandbox.throttle;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts requests by endpoint, by mailbox and by status (sub-requests count individually). */
public final class RequestCounters {
  private final Map<String, LongAdder> byEndpoint = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byMailbox = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
  private final LongAdder total = new LongAdder();

  public void count(String endpoint, String mailbox, int status) {
    total.increment();
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
    total.reset();
  }
}
