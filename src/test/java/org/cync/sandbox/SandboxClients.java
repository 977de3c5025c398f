package org.cync.sandbox;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.okhttp.OkHttpAsyncHttpClientBuilder;
import com.azure.identity.ClientAssertionCredentialBuilder;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.BaseGraphRequestAdapter;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Builds azure-identity and the Graph SDK exactly as CYNC will: a ClientAssertionCredential whose
 * supplier signs a fresh assertion per call, with the sandbox authority, instance discovery off and
 * an OkHttp client trusting only the sandbox CA (the JVM trust store is never touched); and a
 * GraphServiceClient on BaseGraphRequestAdapter with 127.0.0.1/localhost as allowed hosts, the
 * Graph scope given explicitly, and the base URL ending in /v1.0.
 */
public final class SandboxClients {
  private SandboxClients() {}

  /** OkHttp trusting the sandbox's CA certificate file. */
  public static OkHttpClient.Builder trustingSandbox(OkHttpClient.Builder b, GraphSandbox sandbox) {
    try {
      SSLContext ctx = Raw.trusting(sandbox);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      java.security.KeyStore ts = java.security.KeyStore.getInstance("PKCS12");
      ts.load(null, null);
      ts.setCertificateEntry("sandbox-ca", sandbox.caCertificate());
      tmf.init(ts);
      return b.sslSocketFactory(
          ctx.getSocketFactory(), (X509TrustManager) tmf.getTrustManagers()[0]);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static TokenCredential credential(
      GraphSandbox sandbox, String clientId, Supplier<String> assertion) {
    OkHttpClient ok = trustingSandbox(new OkHttpClient.Builder(), sandbox).build();
    return new ClientAssertionCredentialBuilder()
        .clientAssertion(assertion)
        .authorityHost(sandbox.authority())
        .tenantId(sandbox.tenantId())
        .clientId(clientId)
        .disableInstanceDiscovery()
        .httpClient(new OkHttpAsyncHttpClientBuilder(ok).build())
        .build();
  }

  public static TokenCredential credential(GraphSandbox sandbox, TestApp app) {
    return credential(sandbox, app.clientId, () -> app.sign(sandbox.tokenUrl()));
  }

  public static GraphServiceClient graph(GraphSandbox sandbox, TokenCredential credential) {
    AzureIdentityAuthenticationProvider auth =
        new AzureIdentityAuthenticationProvider(
            credential,
            new String[] {"127.0.0.1", "localhost"},
            "https://graph.microsoft.com/.default");
    OkHttpClient ok = GraphClientFactory.create().build();
    return new GraphServiceClient(new BaseGraphRequestAdapter(auth, sandbox.graphBaseUrl(), ok));
  }
}
