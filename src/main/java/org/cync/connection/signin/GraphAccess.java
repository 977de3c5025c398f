package org.cync.connection.signin;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.BaseGraphRequestAdapter;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import org.cync.connection.ConnectionSettings;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.CertificateStore;

/**
 * The one place that builds the Graph client of the application: base URL, allowed hosts, trust and
 * timeouts from the settings (rebuilt on each connect, so a new CA file is read), tokens from a
 * {@link SwitchableCredential}. {@link #reconnect} drops cached tokens at once; a 401/403 from
 * Graph re-acquires a token once (at most every 30 s) before the caller sees it. Not a CDI bean
 * itself, so tests can build it around a sandbox.
 */
public final class GraphAccess {
  private static final Logger LOG = Logger.getLogger(GraphAccess.class.getName());
  private static final Duration RENEW_AT_MOST_EVERY = Duration.ofSeconds(30);

  private final AppCredentials credentials;
  private final Clock clock;
  private final SwitchableCredential credential = new SwitchableCredential();
  private volatile ConnectionSettings settings;
  private volatile GraphServiceClient client;
  private volatile GraphServiceClient writes;
  private volatile Instant lastRenewal = Instant.EPOCH;

  public GraphAccess(CertificateStore store, Clock clock) {
    this.credentials = new AppCredentials(store, clock);
    this.clock = clock;
  }

  /** Uses these settings from now on (the certificate named by their thumbprint). */
  public synchronized void connect(ConnectionSettings s) throws CertificateProblem {
    TlsTrust trust = trust(s);
    credential.switchTo(
        new CachedToken(credentials.credential(s, s.getThumbprint(), trust), clock));
    client = build(s, trust, true);
    writes = build(s, trust, false);
    settings = s.copy();
    lastRenewal = clock.instant();
  }

  /** Drops every cached token: the next request signs in again (after a permission change). */
  public synchronized void reconnect() throws CertificateProblem {
    if (settings == null) {
      throw new CertificateProblem("CYNC is not connected yet: save the Connection page first.");
    }
    credential.switchTo(
        new CachedToken(
            credentials.credential(settings, settings.getThumbprint(), trust(settings)), clock));
    lastRenewal = clock.instant();
    LOG.info("Cached tokens dropped; the next Graph request signs in again.");
  }

  public boolean isConnected() {
    return client != null;
  }

  /** The Graph client; fails with an admin-facing message when the connection is not set up. */
  public GraphServiceClient client() {
    GraphServiceClient c = client;
    if (c == null) {
      throw new IllegalStateException(
          "CYNC is not connected to a tenant: fill in and test the Connection page.");
    }
    return c;
  }

  /**
   * The Graph client for mailbox writes ({@code $batch}): the same, but OkHttp never sends a
   * request again by itself after a connection failed. That silent retry re-sends a POST whose
   * answer was lost after Graph had applied it, and creates every contact in it twice without the
   * caller knowing; without it the failure reaches CYNC's own retry, which counts the creates as
   * doubtful and scans the folder afterwards.
   */
  public GraphServiceClient writes() {
    client();
    return writes;
  }

  public TokenCredential credential() {
    return credential;
  }

  /**
   * The token to retry with after Graph refused {@code refused}: the current one if another request
   * already renewed it, a new one if a renewal is due (at most every 30 s), else null (no retry).
   */
  private String freshToken(String refused) {
    synchronized (this) {
      String current = credential.getTokenSync(AppCredentials.graphScope(settings)).getToken();
      if (!current.equals(refused)) {
        return current;
      }
      if (Duration.between(lastRenewal, clock.instant()).compareTo(RENEW_AT_MOST_EVERY) < 0) {
        return null;
      }
      try {
        reconnect();
      } catch (CertificateProblem e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      return credential.getTokenSync(AppCredentials.graphScope(settings)).getToken();
    }
  }

  private GraphServiceClient build(ConnectionSettings s, TlsTrust trust, boolean silentRetry) {
    AzureIdentityAuthenticationProvider auth =
        new AzureIdentityAuthenticationProvider(
            credential,
            allowedHosts(s).toArray(String[]::new),
            Clouds.graphScope(s.getGraphBaseUrl()));
    OkHttpClient.Builder ok =
        trust
            .apply(GraphClientFactory.create())
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(100))
            .retryOnConnectionFailure(silentRetry)
            .addInterceptor(new FreshTokenRetry(this::freshToken));
    return new GraphServiceClient(
        new BaseGraphRequestAdapter(auth, s.getGraphBaseUrl(), ok.build()));
  }

  static Set<String> allowedHosts(ConnectionSettings s) {
    Set<String> hosts = new LinkedHashSet<>();
    hosts.add(URI.create(s.getGraphBaseUrl()).getHost());
    return hosts;
  }

  static TlsTrust trust(ConnectionSettings s) {
    return TlsTrust.of(s.getTrustedCaFile() == null ? null : Path.of(s.getTrustedCaFile()));
  }
}
