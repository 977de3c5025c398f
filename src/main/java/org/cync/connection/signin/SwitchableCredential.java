package org.cync.connection.signin;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * The credential every Graph client of CYNC holds. Swapping what is behind it (a renewed
 * certificate, a reconnect that drops cached tokens) takes effect for the next token request of
 * every client at once, while requests already under way keep the token they have.
 */
public final class SwitchableCredential implements TokenCredential {
  private final AtomicReference<TokenCredential> current = new AtomicReference<>();

  public void switchTo(TokenCredential next) {
    current.set(next);
  }

  @Override
  public Mono<AccessToken> getToken(TokenRequestContext request) {
    TokenCredential c = current.get();
    return c == null
        ? Mono.error(
            new IllegalStateException("CYNC is not connected: complete the Connection page."))
        : c.getToken(request);
  }

  @Override
  public AccessToken getTokenSync(TokenRequestContext request) {
    TokenCredential c = current.get();
    if (c == null) {
      throw new IllegalStateException("CYNC is not connected: complete the Connection page.");
    }
    return c.getTokenSync(request);
  }
}
