package org.cync.benchmark;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * What the sandbox counted ({@code GET /admin/counters}), and the difference of two readings: the
 * counters cannot be reset between scenarios without clearing the mailboxes.
 *
 * @param total every request the sandbox answered: token requests, Graph requests, $batch envelopes
 *     and each sub-request
 * @param tokenRequests requests to the token endpoint (and its discovery documents)
 * @param subRequests $batch sub-requests
 * @param throttled 429 answers (requests and sub-requests)
 * @param writes successful (2xx) POST/PUT/PATCH/DELETE on contacts
 * @param requestsByMailbox requests and sub-requests per mailbox, whatever their outcome
 * @param throttledByMailbox 429s per mailbox
 * @param writesByMailbox writes per mailbox
 */
record Counters(
    long total,
    long tokenRequests,
    long subRequests,
    long throttled,
    long writes,
    Map<String, Long> requestsByMailbox,
    Map<String, Long> throttledByMailbox,
    Map<String, Long> writesByMailbox) {

  static Counters of(JsonObject o) {
    long tokens = 0;
    for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("byEndpoint").entrySet()) {
      if (e.getKey().startsWith("token ")) {
        tokens += e.getValue().getAsLong();
      }
    }
    JsonObject status = o.getAsJsonObject("byStatus");
    return new Counters(
        o.get("total").getAsLong(),
        tokens,
        o.get("subRequests").getAsLong(),
        status.has("429") ? status.get("429").getAsLong() : 0,
        o.get("writes").getAsLong(),
        map(o.getAsJsonObject("byMailbox")),
        map(o.getAsJsonObject("throttledByMailbox")),
        map(o.getAsJsonObject("writesByMailbox")));
  }

  /** Top-level Graph requests ($batch envelopes included), token requests not. */
  long httpCalls() {
    return total - tokenRequests - subRequests;
  }

  /** Per mailbox, the requests the limits let in: a 429 does not use the window's budget. */
  Map<String, Long> admittedByMailbox() {
    Map<String, Long> m = new HashMap<>();
    requestsByMailbox.forEach((k, v) -> m.put(k, v - throttledByMailbox.getOrDefault(k, 0L)));
    return m;
  }

  Counters minus(Counters before) {
    return new Counters(
        total - before.total,
        tokenRequests - before.tokenRequests,
        subRequests - before.subRequests,
        throttled - before.throttled,
        writes - before.writes,
        minus(requestsByMailbox, before.requestsByMailbox),
        minus(throttledByMailbox, before.throttledByMailbox),
        minus(writesByMailbox, before.writesByMailbox));
  }

  private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
    Map<String, Long> m = new HashMap<>();
    after.forEach((k, v) -> m.put(k, v - before.getOrDefault(k, 0L)));
    return m;
  }

  private static Map<String, Long> map(JsonObject o) {
    Map<String, Long> m = new HashMap<>();
    if (o != null) {
      o.entrySet().forEach(e -> m.put(e.getKey(), e.getValue().getAsLong()));
    }
    return m;
  }
}
