package org.cync.graphbatch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A scripted Graph: answers each sub-request with {@link #answer} (201 with an ID by default),
 * shuffles the order, records every envelope and the most sub-requests Graph would have run at once
 * per mailbox (min(size, 4) per envelope, as Graph does).
 */
final class FakeTransport implements BatchTransport {
  interface Envelope {
    List<SubResponse> send(List<SubRequest> requests) throws IOException;
  }

  final List<List<SubRequest>> sent = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final AtomicInteger envelopesInFlight = new AtomicInteger();
  final AtomicInteger maxEnvelopesInFlight = new AtomicInteger();
  volatile Function<SubRequest, SubResponse> answer = FakeTransport::created;
  volatile Envelope envelope;
  volatile long holdMillis;

  static SubResponse created(SubRequest r) {
    return switch (r.method()) {
      case "POST" ->
          new SubResponse(
              r.id(),
              201,
              Map.of(),
              Map.of("id", "c-" + r.body().get("displayName"), "changeKey", "k1"));
      case "PATCH" -> new SubResponse(r.id(), 200, Map.of(), Map.of("id", "x"));
      default -> new SubResponse(r.id(), 204, Map.of(), null);
    };
  }

  static SubResponse error(SubRequest r, int status, String code, String retryAfter) {
    return new SubResponse(
        r.id(),
        status,
        retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter),
        Map.of("error", Map.of("code", code, "message", code + " happened")));
  }

  @Override
  public List<SubResponse> send(List<SubRequest> requests) throws IOException {
    sent.add(List.copyOf(requests));
    int weight = Math.min(requests.size(), 4);
    maxInFlight.accumulateAndGet(inFlight.addAndGet(weight), Math::max);
    maxEnvelopesInFlight.accumulateAndGet(envelopesInFlight.incrementAndGet(), Math::max);
    try {
      if (holdMillis > 0) {
        Thread.sleep(holdMillis);
      }
      Envelope e = envelope;
      if (e != null) {
        return e.send(requests);
      }
      List<SubResponse> out = new ArrayList<>();
      for (SubRequest r : requests) {
        out.add(answer.apply(r));
      }
      Collections.shuffle(out);
      return out;
    } catch (InterruptedException e) {
      throw new IOException(e);
    } finally {
      inFlight.addAndGet(-weight);
      envelopesInFlight.decrementAndGet();
    }
  }

  List<Integer> sizes() {
    return sent.stream().map(List::size).toList();
  }
}
