package org.cync.connection.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.cync.connection.MutableClock;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class CachedTokenBoundaryTest {
  @Test
  void exactlyFiveMinutesBeforeExpiryANewTokenIsFetched() {
    Instant expiry = Instant.parse("2026-11-26T22:00:00Z");
    MutableClock clock = new MutableClock(expiry.minus(Duration.ofMinutes(60)));
    AtomicInteger calls = new AtomicInteger();
    TokenCredential source =
        new TokenCredential() {
          @Override
          public Mono<AccessToken> getToken(TokenRequestContext r) {
            return Mono.fromCallable(() -> getTokenSync(r));
          }

          @Override
          public AccessToken getTokenSync(TokenRequestContext r) {
            calls.incrementAndGet();
            return new AccessToken("t", OffsetDateTime.ofInstant(expiry, ZoneOffset.UTC));
          }
        };
    CachedToken cached = new CachedToken(source, clock);
    cached.getTokenSync(AppCredentials.graphScope());
    clock.set(expiry.minus(CachedToken.REFRESH_BEFORE_EXPIRY));
    cached.getTokenSync(AppCredentials.graphScope());
    assertEquals(2, calls.get());
  }
}
