package org.cync.testing;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.cync.connection.ConnectionSettings;
import org.cync.connection.certificate.CertificateGenerator;
import org.cync.connection.certificate.CertificateStore;
import org.cync.connection.certificate.NewCertificate;
import org.cync.connection.certificate.Pkcs12CertificateStore;
import org.cync.connection.signin.GraphAccess;
import org.cync.sandbox.GraphSandbox;

/**
 * CYNC's own Graph client connected to a sandbox, as the Connection feature builds it: a PKCS12
 * store with a generated certificate, an app registered with it and the given roles, and {@link
 * GraphAccess} over the real azure-identity and Graph SDK.
 */
public final class SandboxConnection {
  private SandboxConnection() {}

  public static GraphServiceClient connect(GraphSandbox sandbox, String... roles) throws Exception {
    Path dir = Files.createTempDirectory("cync-sandbox-connection");
    CertificateStore store =
        new Pkcs12CertificateStore(dir.resolve("keystore.p12"), "test-store".toCharArray());
    Clock clock = Clock.systemUTC();
    String thumb = new CertificateGenerator(clock).generateInto(store, NewCertificate.defaults());
    String clientId = UUID.randomUUID().toString();
    sandbox.registerApp(clientId, store.find(thumb).orElseThrow().certificate(), roles);
    ConnectionSettings s = new ConnectionSettings();
    s.setTenantId(sandbox.tenantId());
    s.setClientId(clientId);
    s.setThumbprint(thumb);
    s.setAuthorityHost(sandbox.authority());
    s.setGraphBaseUrl(sandbox.graphBaseUrl());
    s.setTrustedCaFile(sandbox.caFile().toString());
    GraphAccess access = new GraphAccess(store, clock);
    access.connect(s);
    return access.client();
  }
}
