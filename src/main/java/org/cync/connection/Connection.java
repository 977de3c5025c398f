package org.cync.connection;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.cync.audit.AuditTrail;
import org.cync.connection.certificate.CertificateGenerator;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.CertificateStore;
import org.cync.connection.certificate.Expiry;
import org.cync.connection.certificate.NewCertificate;
import org.cync.connection.certificate.PfxImport;
import org.cync.connection.certificate.StoredCertificate;
import org.cync.connection.check.CheckLine;
import org.cync.connection.check.Checklist;
import org.cync.connection.check.ChecklistRunner;
import org.cync.connection.check.LiveProbe;
import org.cync.connection.signin.GraphAccess;

/**
 * What the console and the sync job do with the connection: save settings, generate/import a
 * certificate, Test Connection (which also completes a renewal), Reconnect, and the one Graph
 * client of the application ({@link #graph()}).
 *
 * <p>Renewal without downtime: while a certificate is in use, a new one is only <em>pending</em>;
 * the first Test Connection that signs in with it switches over, and the old one is then removed
 * from the key store.
 */
@ApplicationScoped
public class Connection {
  private static final Logger LOG = Logger.getLogger(Connection.class.getName());
  static final java.time.Duration RETIREMENT_GRACE = java.time.Duration.ofMinutes(10);

  @Inject ConnectionStore settings;
  @Inject KeyStoreAccess keys;
  @Inject AuditTrail audit;
  Clock clock = Clock.systemUTC();
  private GraphAccess graph;

  @PostConstruct
  void start() {
    graph = new GraphAccess(keys.store(), clock);
    connectQuietly(settings.current());
  }

  /** The Graph client every part of CYNC uses. */
  public GraphServiceClient graph() {
    return graph.client();
  }

  public ConnectionSettings current() {
    return settings.current();
  }

  public CertificateStore store() {
    return keys.store();
  }

  /** Saves what the administrator typed; returns problems by field (nothing saved if any). */
  public Map<String, String> save(ConnectionSettings input) {
    ConnectionSettings wanted = settings.current();
    wanted.setTenantId(input.getTenantId());
    wanted.setClientId(input.getClientId());
    wanted.setThumbprint(input.getThumbprint());
    wanted.setAuthorityHost(input.getAuthorityHost());
    wanted.setGraphBaseUrl(input.getGraphBaseUrl());
    wanted.setTrustedCaFile(input.getTrustedCaFile());
    Map<String, String> problems = ConnectionRules.tidy(wanted);
    if (problems.isEmpty()) {
      if (wanted.getThumbprint() != null
          && wanted.getThumbprint().equals(wanted.getPendingThumbprint())) {
        wanted.setPendingThumbprint(null);
      }
      settings.save(wanted, "Connection settings changed");
    }
    return problems;
  }

  /**
   * Generates a certificate into the key store: it becomes the one in use when there is none, else
   * the pending one. Returns its thumbprint.
   */
  public String generate(NewCertificate spec) throws CertificateProblem {
    String thumb = new CertificateGenerator(clock).generateInto(keys.store(), spec);
    adopt(thumb, "Certificate generated", spec.subject() + ", RSA " + spec.keyBits());
    return thumb;
  }

  public String importPfx(byte[] pfx, char[] password) throws CertificateProblem {
    String thumb = PfxImport.importInto(keys.store(), pfx, password, clock.instant());
    adopt(thumb, "Certificate imported", "from a PFX file");
    return thumb;
  }

  private void adopt(String thumb, String action, String what) {
    ConnectionSettings s = settings.current();
    boolean inUse = s.getThumbprint() != null && keys.exists(s.getThumbprint());
    if (inUse && !thumb.equals(s.getThumbprint())) {
      String old = s.getPendingThumbprint();
      s.setPendingThumbprint(thumb);
      settings.save(s, action + " (pending until Test Connection succeeds with it): " + what);
      removeQuietly(old);
    } else {
      s.setThumbprint(thumb);
      s.setPendingThumbprint(null);
      settings.save(s, action + ": " + what);
    }
  }

  /**
   * Test Connection. With a pending certificate it tests that one, and switches to it when sign-in
   * succeeds; the certificate in use keeps working until then.
   */
  public synchronized Checklist test(String mailbox) {
    retireDue();
    ConnectionSettings s = settings.current();
    String pending = s.getPendingThumbprint();
    String tested = pending != null ? pending : s.getThumbprint();
    Checklist result =
        new ChecklistRunner(new LiveProbe(keys.store(), clock), clock).run(s, tested, mailbox);
    if (pending != null) {
      result = result.plus(renewal(s, pending, result));
    } else if (result.ok() && !graph.isConnected()) {
      connectQuietly(s);
    }
    remember(result);
    return result;
  }

  private CheckLine renewal(ConnectionSettings s, String pending, Checklist result) {
    boolean signedIn =
        result.lines().stream()
            .anyMatch(l -> l.name().equals("Sign-in") && l.status() == CheckLine.Status.PASSED);
    String old = s.getThumbprint();
    if (!signedIn) {
      return CheckLine.warning(
          "Renewal",
          "The new certificate "
              + pending
              + " is not accepted yet; certificate "
              + old
              + " stays in use until it is.");
    }
    s.setThumbprint(pending);
    s.setPendingThumbprint(null);
    s.retire(old, clock.instant().plus(RETIREMENT_GRACE));
    settings.save(s, "Certificate switched after a successful Test Connection");
    return CheckLine.passed(
        "Renewal",
        "Certificate "
            + pending
            + " is now in use; "
            + old
            + " leaves the key store in "
            + RETIREMENT_GRACE.toMinutes()
            + " minutes (requests under way may still need it): delete it from the App"
            + " Registration too.");
  }

  /** Removes a certificate replaced by a renewal once its grace period has passed. */
  public synchronized void retireDue() {
    ConnectionSettings s = settings.current();
    String old = s.getRetiredThumbprint();
    if (old == null || clock.instant().isBefore(s.getRetireAfter())) {
      return;
    }
    if (!old.equals(s.getThumbprint()) && !old.equals(s.getPendingThumbprint())) {
      removeQuietly(old);
      audit.record("Certificate retired", old + " removed from the key store");
    }
    s.retire(null, null);
    settings.save(s, "Certificate retirement done");
  }

  private void remember(Checklist c) {
    settings.remember(c);
  }

  public Optional<Checklist> lastTest() {
    return settings.lastTest();
  }

  /** Drops every cached token now; the next Graph request signs in again. */
  public void reconnect() throws CertificateProblem {
    ConnectionSettings s = settings.current();
    if (!graph.isConnected()) {
      graph.connect(s);
    } else {
      graph.reconnect();
    }
    audit.record("Reconnected", "cached tokens dropped");
  }

  public Optional<StoredCertificate> certificate(String thumbprint) {
    try {
      return thumbprint == null ? Optional.empty() : keys.store().find(thumbprint);
    } catch (CertificateProblem e) {
      return Optional.empty();
    }
  }

  /** The expiry of the certificate in use, if there is one in the store. */
  public Optional<Expiry> expiry() {
    return certificate(settings.current().getThumbprint())
        .map(c -> Expiry.of(c.certificate(), clock.instant()));
  }

  /** Connects again from the saved settings, reading the trusted CA file anew. */
  public void refresh() {
    connectQuietly(settings.current());
  }

  void changed(@Observes ConnectionChanged event) {
    connectQuietly(settings.current());
  }

  private void connectQuietly(ConnectionSettings s) {
    if (!s.isComplete()) {
      return;
    }
    try {
      graph.connect(s);
    } catch (CertificateProblem | RuntimeException e) {
      LOG.warning(() -> "Not connected to Microsoft Graph: " + e.getMessage());
    }
  }

  private void removeQuietly(String thumb) {
    if (thumb == null) {
      return;
    }
    try {
      keys.store().remove(thumb);
    } catch (CertificateProblem e) {
      LOG.warning(() -> "Could not remove certificate " + thumb + ": " + e.getMessage());
    }
  }
}
