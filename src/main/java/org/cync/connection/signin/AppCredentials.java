package org.cync.connection.signin;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.okhttp.OkHttpAsyncHttpClientBuilder;
import com.azure.identity.ClientAssertionCredentialBuilder;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.cync.connection.ConnectionSettings;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.CertificateStore;
import org.cync.connection.certificate.StoredCertificate;

/**
 * Builds an azure-identity credential for one certificate of the store: each token request gets a
 * fresh client assertion signed inside the store. A new credential has an empty token cache, which
 * is how CYNC drops cached tokens without a restart.
 */
public final class AppCredentials {
  public static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
  private final CertificateStore store;
  private final Clock clock;

  public AppCredentials(CertificateStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public static TokenRequestContext graphScope() {
    return new TokenRequestContext().addScopes(GRAPH_SCOPE);
  }

  /** The token request for the Graph of these settings' cloud. */
  public static TokenRequestContext graphScope(ConnectionSettings s) {
    return new TokenRequestContext().addScopes(Clouds.graphScope(s.getGraphBaseUrl()));
  }

  /** A credential signing with {@code thumbprint}; fails now if the certificate is unusable. */
  public TokenCredential credential(ConnectionSettings s, String thumbprint, TlsTrust trust)
      throws CertificateProblem {
    StoredCertificate cert =
        store
            .find(thumbprint)
            .orElseThrow(
                () ->
                    new CertificateProblem(
                        "Certificate "
                            + thumbprint
                            + " not found in "
                            + store.describe()
                            + ": generate one on the Connection page, import its PFX, or install"
                            + " it where the service account can read it."));
    String tokenUrl = Clouds.tokenUrl(s.getAuthorityHost(), s.getTenantId());
    OkHttpClient ok =
        trust
            .apply(new OkHttpClient.Builder())
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .build();
    ClientAssertionCredentialBuilder b =
        new ClientAssertionCredentialBuilder()
            .clientAssertion(() -> sign(s.getClientId(), tokenUrl, cert))
            .authorityHost(s.getAuthorityHost())
            .tenantId(s.getTenantId())
            .clientId(s.getClientId())
            .httpClient(new OkHttpAsyncHttpClientBuilder(ok).build());
    if (!Clouds.isMicrosoftAuthority(s.getAuthorityHost())) {
      b.disableInstanceDiscovery();
    }
    return b.build();
  }

  private String sign(String clientId, String tokenUrl, StoredCertificate cert) {
    try {
      return ClientAssertion.create(
          clientId,
          tokenUrl,
          cert.certificate(),
          data -> store.signSha256WithRsa(cert.thumbprint(), data),
          clock);
    } catch (CertificateProblem e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
