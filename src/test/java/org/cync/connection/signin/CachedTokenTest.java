package org.cync.connection.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cync.connection.MutableClock;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class CachedTokenTest {
  private static final Instant T0 = Instant.parse("2026-11-26T21:00:00Z");
  private static final Duration LIFETIME = Duration.ofMinutes(60);
  private static final TokenRequestContext GRAPH = AppCredentials.graphScope();

  private final MutableClock clock = new MutableClock(T0);
  private final CountingSource source = new CountingSource();
  private final CachedToken cached = new CachedToken(source, clock);

  /** Issues "token-1", "token-2", … each valid for an hour from the clock's now. */
  private final class CountingSource implements TokenCredential {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
      return Mono.fromCallable(() -> getTokenSync(request));
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
      int n = calls.incrementAndGet();
      for (int i = 0; i < 1000; i++) {
        Thread.yield(); // widens the window in which an unsynchronized cache would ask twice
      }
      return new AccessToken(
          "token-" + n, OffsetDateTime.ofInstant(clock.instant().plus(LIFETIME), ZoneOffset.UTC));
    }
  }

  @Test
  void aSecondCallWithinTheLifetimeDoesNotAskTheSource() {
    AccessToken first = cached.getTokenSync(GRAPH);
    clock.advance(Duration.ofMinutes(30));
    AccessToken second = cached.getTokenSync(GRAPH);
    assertSame(first, second);
    assertEquals("token-1", second.getToken());
    assertEquals(1, source.calls.get());
  }

  @Test
  void theTokenIsKeptUntilFiveMinutesBeforeExpiry() {
    cached.getTokenSync(GRAPH);
    clock.advance(LIFETIME.minusMinutes(5).minusSeconds(1));
    assertEquals("token-1", cached.getTokenSync(GRAPH).getToken());
    assertEquals(1, source.calls.get());
  }

  @Test
  void withinTheLastFiveMinutesANewTokenIsFetched() {
    cached.getTokenSync(GRAPH);
    clock.advance(LIFETIME.minusMinutes(5).plusSeconds(1));
    assertEquals("token-2", cached.getTokenSync(GRAPH).getToken());
    assertEquals(2, source.calls.get());
    assertEquals("token-2", cached.getTokenSync(GRAPH).getToken());
    assertEquals(2, source.calls.get(), "the renewed token is cached in turn");
  }

  @Test
  void anExpiredTokenIsReplaced() {
    cached.getTokenSync(GRAPH);
    clock.advance(Duration.ofHours(3));
    assertEquals("token-2", cached.getTokenSync(GRAPH).getToken());
  }

  @Test
  void theAsyncPathUsesTheSameCache() {
    AccessToken sync = cached.getTokenSync(GRAPH);
    assertSame(sync, cached.getToken(GRAPH).block());
    assertEquals(1, source.calls.get());
  }

  @Test
  void eightConcurrentCallersOnAnEmptyCacheMakeOneSourceCall() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<AccessToken>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<AccessToken> caller =
            () -> {
              ready.countDown();
              go.await();
              return cached.getTokenSync(GRAPH);
            };
        results.add(pool.submit(caller));
      }
      ready.await();
      go.countDown();
      for (Future<AccessToken> r : results) {
        assertEquals("token-1", r.get(30, TimeUnit.SECONDS).getToken());
      }
      assertEquals(1, source.calls.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
