package org.cync.connection.signin;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;

/**
 * Keeps the Graph token until five minutes before it expires. azure-identity's own cache could not
 * be relied on (measured: one token request per Graph call against a non-Microsoft authority), and
 * a token per request would sign an assertion each time and meet Entra's limits. Dropping this
 * object is how cached tokens are dropped.
 */
final class CachedToken implements TokenCredential {
  static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);
  private final TokenCredential source;
  private final Clock clock;
  private AccessToken token;

  CachedToken(TokenCredential source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  @Override
  public Mono<AccessToken> getToken(TokenRequestContext request) {
    return Mono.fromCallable(() -> getTokenSync(request));
  }

  @Override
  public synchronized AccessToken getTokenSync(TokenRequestContext request) {
    OffsetDateTime refreshAt = OffsetDateTime.now(clock).plus(REFRESH_BEFORE_EXPIRY);
    if (token == null || !token.getExpiresAt().isAfter(refreshAt)) {
      token = source.getTokenSync(request);
    }
    return token;
  }
}
