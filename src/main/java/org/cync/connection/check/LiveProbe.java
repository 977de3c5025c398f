package org.cync.connection.check;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.graph.models.ContactFolderCollectionResponse;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.cync.connection.ConnectionSettings;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.CertificateRules;
import org.cync.connection.certificate.CertificateStore;
import org.cync.connection.certificate.Expiry;
import org.cync.connection.certificate.StoredCertificate;
import org.cync.connection.signin.AppCredentials;
import org.cync.connection.signin.GraphAccess;

/**
 * Answers the checklist with the real azure-identity and Graph SDK, each time with a new credential
 * (no cached token), so a test reflects the tenant as it is now.
 */
public final class LiveProbe implements ConnectionProbe {
  private final CertificateStore store;
  private final Clock clock;

  /**
   * One client per certificate for this probe's test, so the directory and the mailbox read share a
   * sign-in (a probe lives for one Test Connection; no token outlives it).
   */
  private final java.util.Map<String, GraphAccess> clients = new java.util.HashMap<>();

  public LiveProbe(CertificateStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public CertificateState certificate(String thumbprint) throws CertificateProblem {
    StoredCertificate c =
        store
            .find(thumbprint)
            .orElseThrow(
                () ->
                    new CertificateProblem(
                        "Certificate not found in the key store ("
                            + store.describe()
                            + "): thumbprint "
                            + thumbprint
                            + ". Generate or import it on this page, or install it where the"
                            + " CYNC service account can read it."));
    Expiry expiry = Expiry.of(c.certificate(), clock.instant());
    java.util.List<String> problems =
        new java.util.ArrayList<>(
            CertificateRules.problems(c.certificate(), c.hasPrivateKey(), clock.instant()));
    if (problems.isEmpty()) {
      try {
        // A key entry is not proof of access (Windows: the service account may lack the right).
        store.signSha256WithRsa(thumbprint, "CYNC key check".getBytes(StandardCharsets.UTF_8));
      } catch (CertificateProblem e) {
        problems.add(e.getMessage());
      }
    }
    return new CertificateState(
        problems, expiry.describe(), expiry.state() == Expiry.State.WARNING);
  }

  @Override
  public Set<String> signIn(ConnectionSettings s) throws Exception {
    String token =
        new AppCredentials(store, clock)
            .credential(s, s.getThumbprint(), org.cync.connection.signin.TlsTrust.of(trustFile(s)))
            .getTokenSync(AppCredentials.graphScope(s))
            .getToken();
    return roles(token);
  }

  @Override
  public String readDirectory(ConnectionSettings s) throws Exception {
    UserCollectionResponse users =
        call(
            s,
            g ->
                g.users()
                    .get(
                        r -> {
                          r.queryParameters.top = 1;
                          r.queryParameters.select = new String[] {"id", "displayName"};
                        }));
    if (users.getValue() == null || users.getValue().isEmpty()) {
      return "the directory answered, with no users";
    }
    return "read user \"" + users.getValue().get(0).getDisplayName() + "\"";
  }

  @Override
  public String readMailbox(ConnectionSettings s, String mailbox) throws Exception {
    ContactFolderCollectionResponse folders =
        call(s, g -> g.users().byUserId(mailbox).contactFolders().get());
    int n = folders.getValue() == null ? 0 : folders.getValue().size();
    return "read the contact folders of " + mailbox + " (" + n + " below Contacts)";
  }

  private <T> T call(ConnectionSettings s, java.util.function.Function<GraphServiceClient, T> f)
      throws Exception {
    GraphAccess access = clients.get(s.getThumbprint());
    if (access == null) {
      access = new GraphAccess(store, clock);
      access.connect(s);
      clients.put(s.getThumbprint(), access);
    }
    try {
      return f.apply(access.client());
    } catch (ODataError e) {
      String code = e.getError() == null ? null : e.getError().getCode();
      String message = e.getError() == null ? e.getMessage() : e.getError().getMessage();
      throw new GraphCallFailed(e.getResponseStatusCode(), code, message);
    }
  }

  private static java.nio.file.Path trustFile(ConnectionSettings s) {
    return s.getTrustedCaFile() == null ? null : java.nio.file.Path.of(s.getTrustedCaFile());
  }

  /** The {@code roles} claim of an access token (its payload is read, not verified: we asked). */
  static Set<String> roles(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return Set.of();
    }
    JsonElement payload =
        JsonParser.parseString(
            new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    Set<String> out = new HashSet<>();
    if (payload instanceof JsonObject o && o.get("roles") instanceof JsonArray roles) {
      roles.forEach(r -> out.add(r.getAsString()));
    }
    return out;
  }
}
