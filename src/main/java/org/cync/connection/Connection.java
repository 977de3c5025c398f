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
import org.cync.connection.signin.TlsTrust;

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

  /** The Graph client for mailbox writes: see {@link GraphAccess#writes()}. */
  public GraphServiceClient graphWrites() {
    return graph.writes();
  }

  public ConnectionSettings current() {
    return settings.current();
  }

  public CertificateStore store() {
    return keys.store();
  }

  /** See {@link KeyStoreAccess#isPasswordGenerated()}. */
  public boolean isKeyStorePasswordGenerated() {
    return keys.isPasswordGenerated();
  }

  /**
   * Saves what the administrator typed; fields left null keep their value. Returns problems by
   * field (nothing saved if any). Sizes and the trusted CA file are checked before the lock is
   * taken, so a bad file cannot hold up Test Connection or Reconnect.
   */
  public Map<String, String> save(ConnectionSettings input) {
    Map<String, String> bounded = ConnectionRules.bounded(input);
    if (!bounded.isEmpty()) {
      return bounded;
    }
    String caFile =
        input.getTrustedCaFile() != null
            ? blankToNull(input.getTrustedCaFile().strip())
            : settings.current().getTrustedCaFile();
    Optional<String> caProblem = caFileProblem(caFile);
    if (caProblem.isPresent()) { // the other fields' problems too, still without the lock
      Map<String, String> problems = ConnectionRules.tidy(merged(input));
      problems.put("trustedCaFile", caProblem.get());
      return problems;
    }
    synchronized (this) {
      ConnectionSettings wanted = merged(input);
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
  }

  /** The saved settings with what {@code input} changes over them. */
  private ConnectionSettings merged(ConnectionSettings input) {
    ConnectionSettings wanted = settings.current();
    keep(input.getTenantId(), wanted::setTenantId);
    keep(input.getClientId(), wanted::setClientId);
    keep(input.getThumbprint(), wanted::setThumbprint);
    keep(input.getAuthorityHost(), wanted::setAuthorityHost);
    keep(input.getGraphBaseUrl(), wanted::setGraphBaseUrl);
    keep(input.getTrustedCaFile(), wanted::setTrustedCaFile);
    return wanted;
  }

  /**
   * Puts back settings that were valid before (after the simulated tenant): no checks, since "not
   * configured" must be restorable too.
   */
  public synchronized void restore(ConnectionSettings previous) {
    ConnectionSettings s = settings.current();
    s.setTenantId(blankToNull(previous.getTenantId()));
    s.setClientId(blankToNull(previous.getClientId()));
    s.setThumbprint(blankToNull(previous.getThumbprint()));
    s.setAuthorityHost(
        Optional.ofNullable(blankToNull(previous.getAuthorityHost()))
            .orElse(ConnectionSettings.PUBLIC_AUTHORITY));
    s.setGraphBaseUrl(
        Optional.ofNullable(blankToNull(previous.getGraphBaseUrl()))
            .orElse(ConnectionSettings.PUBLIC_GRAPH));
    s.setTrustedCaFile(blankToNull(previous.getTrustedCaFile()));
    settings.save(s, "Connection settings restored");
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v;
  }

  /** An empty string clears a field; null leaves it as it is. */
  private static void keep(String value, java.util.function.Consumer<String> set) {
    if (value != null) {
      set.accept(value.isBlank() ? null : value);
    }
  }

  static Optional<String> caFileProblem(String file) {
    if (file == null) {
      return Optional.empty();
    }
    java.nio.file.Path path = java.nio.file.Path.of(file);
    if (!path.isAbsolute()) {
      return Optional.of(
          "Give the trusted CA file as an absolute path (a service's working directory is not"
              + " yours): "
              + file);
    }
    try {
      TlsTrust.of(path);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Generates a certificate into the key store: it becomes the one in use when there is none, else
   * the pending one. Returns its thumbprint.
   */
  public synchronized String generate(NewCertificate spec) throws CertificateProblem {
    String thumb = new CertificateGenerator(clock).generateInto(keys.store(), spec);
    adopt(thumb, "Certificate generated", spec.subject() + ", RSA " + spec.keyBits());
    return thumb;
  }

  public synchronized String importPfx(byte[] pfx, char[] password) throws CertificateProblem {
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
      removeOwn(old);
    } else {
      s.setThumbprint(thumb);
      s.setPendingThumbprint(null);
      settings.save(s, action + ": " + what);
    }
  }

  /**
   * Test Connection with the certificate in use (this is the result kept for the dashboard). With a
   * pending certificate, the same checklist runs with it too, and CYNC switches to it when that
   * passes entirely; the certificate in use keeps working until then.
   */
  public synchronized Checklist test(String mailbox) {
    retireDue();
    ConnectionSettings s = settings.current();
    ChecklistRunner runner = new ChecklistRunner(new LiveProbe(keys.store(), clock), clock);
    Checklist result = runner.run(s, s.getThumbprint(), mailbox);
    if (result.ok()) {
      connectQuietly(s); // the client must use exactly the settings that just passed
    }
    String pending = s.getPendingThumbprint();
    if (pending != null) {
      result = result.plus(renewal(s, pending, runner.run(s, pending, mailbox)));
    }
    remember(result);
    return result;
  }

  /**
   * The same checklist as Test Connection, with the certificate in use and no test mailbox, for the
   * daily background check: it changes nothing (no switch to a pending certificate, no new Graph
   * client) and is not kept as the last Test Connection, which stays the administrator's own.
   */
  public Checklist check() {
    ConnectionSettings s = settings.current();
    return new ChecklistRunner(new LiveProbe(keys.store(), clock), clock)
        .run(s, s.getThumbprint(), null);
  }

  private CheckLine renewal(ConnectionSettings s, String pending, Checklist withPending) {
    String old = s.getThumbprint();
    if (!withPending.ok()) {
      String why =
          withPending.lines().stream()
              .filter(CheckLine::isFailed)
              .map(l -> l.name() + ": " + l.detail())
              .findFirst()
              .orElse("no check passed");
      return CheckLine.warning(
          "Renewal",
          "The new certificate "
              + pending
              + " does not pass yet ("
              + why
              + "); certificate "
              + old
              + " stays in use until it does.");
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
            + (keys.ownsCertificates()
                ? " leaves the key store in "
                    + RETIREMENT_GRACE.toMinutes()
                    + " minutes (requests under way may still need it)"
                : " is no longer used: remove it from the machine store when you are ready")
            + "; delete it from the App Registration too.");
  }

  /** Removes a certificate replaced by a renewal once its grace period has passed. */
  public synchronized void retireDue() {
    ConnectionSettings s = settings.current();
    String old = s.getRetiredThumbprint();
    if (old == null || clock.instant().isBefore(s.getRetireAfter())) {
      return;
    }
    if (!old.equals(s.getThumbprint()) && !old.equals(s.getPendingThumbprint())) {
      removeOwn(old);
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
  public synchronized void reconnect() throws CertificateProblem {
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

  /**
   * Removes a certificate CYNC no longer uses, but only from its own PKCS12 file: in the Windows
   * machine store a certificate may belong to others (an internal PKI), so it stays there.
   */
  private void removeOwn(String thumb) {
    if (thumb == null || !keys.ownsCertificates()) {
      return;
    }
    try {
      keys.store().remove(thumb);
      audit.record("Certificate retired", thumb + " removed from the key store");
    } catch (CertificateProblem e) {
      LOG.warning(() -> "Could not remove certificate " + thumb + ": " + e.getMessage());
    }
  }
}
