package org.cync.photos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cync.contacts.Wanted;
import org.cync.graphbatch.BatchRejected;
import org.cync.graphbatch.SubRequest;
import org.cync.graphbatch.SubResponse;
import org.junit.jupiter.api.Test;

class PhotoLookupTest {
  private final List<Duration> slept = new ArrayList<>();
  private final List<List<SubRequest>> sent = new ArrayList<>();

  private PhotoLookup lookup(Answers answers) {
    return new PhotoLookup(
        requests -> {
          sent.add(requests);
          return answers.answer(requests, sent.size());
        },
        slept::add,
        Clock.systemUTC());
  }

  private interface Answers {
    List<SubResponse> answer(List<SubRequest> requests, int call) throws IOException;
  }

  private static String user(SubRequest r) {
    return r.url().split("/")[2];
  }

  @Test
  void etagsTwentyUsersPerBatchAnd404MeansNoPhoto() throws Exception {
    List<String> users = IntStream.range(0, 45).mapToObj(i -> "u" + i).toList();
    Map<String, String> etags =
        lookup(
                (requests, call) ->
                    requests.stream()
                        .map(
                            r ->
                                user(r).endsWith("7")
                                    ? new SubResponse(
                                        r.id(),
                                        404,
                                        Map.of(),
                                        Map.of("error", Map.of("code", "ImageNotFound")))
                                    : new SubResponse(
                                        r.id(),
                                        200,
                                        Map.of(),
                                        Map.of("@odata.mediaEtag", "e-" + user(r))))
                        .toList())
            .etags(users);
    assertEquals(List.of(20, 20, 5), sent.stream().map(List::size).toList());
    assertEquals("GET", sent.get(0).get(0).method());
    assertEquals("/users/u0/photo", sent.get(0).get(0).url());
    assertEquals(45, etags.size());
    assertEquals(Wanted.NO_PHOTO, etags.get("u17"));
    assertEquals("e-u3", etags.get("u3"));
  }

  @Test
  void throttledAndLostAnswersAreAskedAgainAfterRetryAfterAndOthersAreLeftOut() throws Exception {
    Map<String, Integer> asked = new HashMap<>();
    PhotoLookup l =
        lookup(
            (requests, call) -> {
              if (call == 2) {
                throw new IOException("connection reset");
              }
              List<SubResponse> out = new ArrayList<>();
              for (SubRequest r : requests) {
                int n = asked.merge(user(r), 1, Integer::sum);
                String u = user(r);
                if (u.equals("slow") && n == 1) {
                  out.add(new SubResponse(r.id(), 429, Map.of("Retry-After", "7"), Map.of()));
                } else if (u.equals("denied")) {
                  out.add(
                      new SubResponse(
                          r.id(),
                          403,
                          Map.of(),
                          Map.of(
                              "error",
                              Map.of("code", "Authorization_RequestDenied", "message", "no"))));
                } else if (!u.equals("silent")) {
                  out.add(
                      new SubResponse(r.id(), 200, Map.of(), null, new byte[] {(byte) u.length()}));
                }
              }
              return out;
            });
    Map<String, byte[]> photos = new HashMap<>();
    l.photos(List.of("slow", "denied", "fine", "silent"), photos::put);
    assertEquals(Duration.ofSeconds(7), slept.get(0), "the server's Retry-After is honoured");
    assertArrayEquals(new byte[] {4}, photos.get("slow"));
    assertArrayEquals(new byte[] {4}, photos.get("fine"));
    assertEquals(2, photos.size(), "a refused and an unanswered user are left out");
    assertEquals(1, asked.get("denied"), "a 403 is not asked again");
    assertEquals(PhotoLookup.MAX_ROUNDS - 1, asked.get("silent"), "one round was lost entirely");
    assertTrue(l.problems().get("denied").contains("Authorization_RequestDenied"));
    assertTrue(l.problems().containsKey("silent"));
  }

  @Test
  void aRefusedEnvelopeIsNotRetriedUnlessThrottled() throws Exception {
    PhotoLookup l =
        lookup(
            (requests, call) -> {
              throw new BatchRejected(401, null, "InvalidAuthenticationToken", "expired");
            });
    assertEquals(Map.of(), l.etags(List.of("a", "b")));
    assertEquals(1, sent.size());
    assertTrue(l.problems().get("a").contains("expired"));
  }
}
