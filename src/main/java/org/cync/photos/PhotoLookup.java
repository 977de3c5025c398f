package org.cync.photos;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.cync.contacts.Wanted;
import org.cync.graphbatch.Backoff;
import org.cync.graphbatch.BatchRejected;
import org.cync.graphbatch.BatchTransport;
import org.cync.graphbatch.BatchWriter;
import org.cync.graphbatch.Sleeper;
import org.cync.graphbatch.SubRequest;
import org.cync.graphbatch.SubResponse;

/**
 * Asks Graph about users' photos, 20 users per {@code $batch}: the media etag of each one's photo
 * ({@code GET /users/{id}/photo}, a few hundred bytes of metadata), and the photos whose etag
 * changed ({@code GET /users/{id}/photo/$value}). Any 404 means "no photo" (Graph has answered
 * {@code ImageNotFound}, {@code ErrorEntityNotFound} and {@code ErrorItemNotFound} over the years).
 * Throttled and lost answers are asked again, honouring {@code Retry-After}; a user whose answer
 * never comes is left out, so the caller keeps what it knew.
 */
public final class PhotoLookup {
  static final int MAX_ROUNDS = 6;
  private final BatchTransport transport;
  private final Sleeper sleeper;
  private final Clock clock;

  /** What the last call could not learn, with Graph's last word on it. */
  private final Map<String, String> problems = new HashMap<>();

  public PhotoLookup(BatchTransport transport, Sleeper sleeper, Clock clock) {
    this.transport = transport;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** User ID → the photo's media etag, or {@link Wanted#NO_PHOTO}; unanswered users are absent. */
  public Map<String, String> etags(Collection<String> userIds) throws InterruptedException {
    Map<String, String> out = new HashMap<>();
    ask(
        userIds,
        "",
        (id, r) -> {
          String etag = r.string("@odata.mediaEtag");
          out.put(id, etag == null || etag.isBlank() ? Wanted.NO_PHOTO : etag);
        },
        id -> out.put(id, Wanted.NO_PHOTO));
    return out;
  }

  /**
   * Hands each photo to {@code each} as its {@code $batch} answers, so no more than one envelope's
   * photos are in memory at a time (a first run in a large tenant downloads thousands). Users whose
   * photo is gone, or unanswered, are not handed over.
   */
  public void photos(Collection<String> userIds, BiConsumer<String, byte[]> each)
      throws InterruptedException {
    ask(
        userIds,
        "/$value",
        (id, r) -> {
          if (r.binary() != null && r.binary().length > 0) {
            each.accept(id, r.binary());
          }
        },
        id -> {});
  }

  /** User ID → why it is missing from the last answer. */
  public Map<String, String> problems() {
    return Map.copyOf(problems);
  }

  /**
   * @param ok an answer with a photo (or its metadata)
   * @param none a user without a photo (any 404)
   */
  private void ask(
      Collection<String> userIds,
      String suffix,
      BiConsumer<String, SubResponse> ok,
      Consumer<String> none)
      throws InterruptedException {
    problems.clear();
    List<String> pending = new ArrayList<>(userIds);
    for (int round = 1; !pending.isEmpty() && round <= MAX_ROUNDS; round++) {
      List<String> again = new ArrayList<>();
      String retryAfter = null;
      for (int from = 0; from < pending.size(); from += BatchWriter.MAX_BATCH) {
        List<String> ids =
            pending.subList(from, Math.min(from + BatchWriter.MAX_BATCH, pending.size()));
        List<SubRequest> requests = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
          requests.add(
              new SubRequest(
                  String.valueOf(i), "GET", "/users/" + ids.get(i) + "/photo" + suffix, null));
        }
        Map<String, SubResponse> byId = new HashMap<>();
        try {
          for (SubResponse r : transport.send(requests)) {
            byId.put(r.id(), r);
          }
        } catch (IOException | BatchRejected e) {
          ids.forEach(id -> problems.put(id, String.valueOf(e.getMessage())));
          again.addAll(ids);
          if (e instanceof BatchRejected b && !retryable(b.status())) {
            again.removeAll(ids); // refused outright (e.g. no permission): asking again won't help
          } else if (e instanceof BatchRejected b) {
            retryAfter = b.retryAfter();
          }
          continue;
        }
        for (int i = 0; i < ids.size(); i++) {
          String id = ids.get(i);
          SubResponse r = byId.get(String.valueOf(i));
          int s = r == null ? 0 : r.status();
          if (s >= 200 && s < 300) {
            problems.remove(id);
            ok.accept(id, r);
          } else if (s == 404) {
            problems.remove(id);
            none.accept(id);
          } else {
            problems.put(
                id, r == null ? "No answer" : s + " " + r.errorCode() + " " + r.errorMessage());
            if (r == null || retryable(s)) {
              again.add(id);
              retryAfter = r == null ? retryAfter : r.header("Retry-After");
            }
          }
        }
      }
      pending = again;
      if (!pending.isEmpty() && round < MAX_ROUNDS) {
        sleeper.sleep(wait(retryAfter, round));
      }
    }
  }

  private Duration wait(String retryAfter, int round) {
    return Backoff.DEFAULT.delay(retryAfter, round, clock);
  }

  private static boolean retryable(int status) {
    return status == 429 || status == 503 || status == 504 || status == 0;
  }
}
