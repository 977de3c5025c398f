package org.cync.trial;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.cync.audit.AuditTrail;
import org.cync.connection.Connection;
import org.cync.connection.ConnectionSettings;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.NewCertificate;
import org.cync.connection.certificate.StoredCertificate;
import org.cync.connection.check.ChecklistRunner;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.token.AppRegistration;
import org.cync.store.DataDirectory;

/**
 * The simulated tenant inside CYNC. {@link #start} does for the administrator what the Entra portal
 * steps would: a tenant with generated users and mailboxes, an app registration with CYNC's
 * certificate uploaded and admin consent for the three permissions, and the Connection settings
 * pointing at it. It lives in memory and is saved to the data directory ({@link TenantFile}) after
 * changes and at shutdown; after a restart of CYNC it comes back from that file (same users with
 * their changes, same mailboxes, same ports), or from its recipe when there is no usable file.
 */
@ApplicationScoped
public class SimulatedTenant {
  private static final Logger LOG = Logger.getLogger(SimulatedTenant.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Connection connection;
  @Inject AuditTrail audit;
  private GraphSandbox sandbox;
  private long savedRevision = -1;
  private long seenRevision = -1;
  private long savedAt = System.nanoTime();
  TenantFile file = TenantFile.inDataDirectory();

  /** At start (CDI, so the web module's persistence context is there): bring it back. */
  @Transactional
  synchronized void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    SimulatedTenantRecord r =
        em.find(SimulatedTenantRecord.class, SimulatedTenantRecord.SINGLETON_ID);
    if (r == null) {
      return;
    }
    try {
      sandbox = restore(r);
      if (sandbox == null) {
        sandbox = boot(r, null);
        AppRegistration app = sandbox.registerApp(r.clientId(), null, roles());
        for (String thumb : r.uploaded()) {
          connection.certificate(thumb).ifPresent(c -> app.addCertificate(c.certificate()));
        }
      }
      savedRevision = sandbox.revision();
      connection.refresh();
      LOG.info(
          () ->
              "Simulated tenant is back: " + sandbox.tenantId() + " at " + sandbox.graphBaseUrl());
    } catch (RuntimeException e) {
      LOG.warning(() -> "The simulated tenant could not start again: " + e.getMessage());
    }
  }

  /** The tenant from its file, or null (no file, or one that cannot be read: then set aside). */
  private GraphSandbox restore(SimulatedTenantRecord r) {
    Optional<byte[]> saved = file.load();
    if (saved.isEmpty()) {
      return null;
    }
    try {
      GraphSandbox s = boot(r, saved.get());
      LOG.info(() -> "Simulated tenant restored from " + file.path());
      return s;
    } catch (IllegalArgumentException e) {
      file.setAside("is not a simulated tenant (" + e.getMessage() + ")");
      return null;
    }
  }

  /**
   * Saves the tenant when it changed since the last save and has been quiet since the previous call
   * (every 5 s), or at least every 15 s while a run keeps changing it.
   */
  synchronized void saveIfChanged() {
    save(false);
  }

  private void save(boolean now) {
    if (sandbox == null) {
      return;
    }
    long revision = sandbox.revision();
    boolean quiet = revision == seenRevision;
    seenRevision = revision;
    boolean due = System.nanoTime() - savedAt > java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
    if (revision != savedRevision && (now || quiet || due)) {
      savedAt = System.nanoTime();
      try {
        file.save(sandbox.snapshot());
        savedRevision = revision;
      } catch (RuntimeException e) {
        LOG.warning(() -> "Could not save the simulated tenant: " + e.getMessage());
      }
    }
  }

  /** The running sandbox for the tryout pages (this package only), or empty when it is off. */
  synchronized Optional<GraphSandbox> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  public boolean isRunning() {
    return sandbox != null;
  }

  public Optional<String> adminUrl() {
    return Optional.ofNullable(sandbox).map(GraphSandbox::adminUrl);
  }

  public Optional<String> tenantId() {
    return Optional.ofNullable(sandbox).map(GraphSandbox::tenantId);
  }

  /** A mailbox of the simulated tenant to try Test Connection with. */
  public Optional<String> someMailbox() {
    return Optional.ofNullable(sandbox)
        .flatMap(
            s ->
                s.directory()
                    .read(
                        () ->
                            s.directory().allUsers().stream()
                                .filter(u -> !u.deleted() && u.mailboxLicensed())
                                .map(u -> u.string("userPrincipalName"))
                                .findFirst()));
  }

  /**
   * Starts a simulated tenant with {@code users} users, {@code mailboxes} of them with a mailbox,
   * and connects CYNC to it. Replaces a running one.
   */
  @Transactional(rollbackOn = CertificateProblem.class)
  public synchronized void start(int users, int mailboxes, boolean replace)
      throws CertificateProblem {
    if (users < 1 || users > 100_000 || mailboxes < 0 || mailboxes > users) {
      throw new IllegalArgumentException(
          "Choose 1 to 100,000 users and at most as many mailboxes as users.");
    }
    SimulatedTenantRecord running =
        em.find(SimulatedTenantRecord.class, SimulatedTenantRecord.SINGLETON_ID);
    ConnectionSettings before = connection.current();
    String previous =
        running != null ? running.previousSettings() : PreviousSettings.toJson(before);
    if (running == null && before.isComplete() && !replace) {
      throw new IllegalStateException(
          "CYNC is connected to tenant "
              + before.getTenantId()
              + ": the simulated tenant would replace that connection (it comes back when you stop"
              + " the simulated tenant). Confirm to replace it.");
    }
    closeSandbox();
    file.delete();
    if (running != null) {
      em.remove(running);
      em.flush();
    }
    SimulatedTenantRecord r =
        new SimulatedTenantRecord(
            new SecureRandom().nextInt(1_000_000), users, mailboxes, UUID.randomUUID().toString());
    r.previousSettings(previous);
    sandbox = boot(r, null);
    savedRevision = -1; // a new tenant: the saver writes it within seconds
    r.ports(port(sandbox.graphBaseUrl()), port(sandbox.authority()));
    ConnectionSettings s = connection.current();
    String thumb =
        s.getThumbprint() != null && connection.certificate(s.getThumbprint()).isPresent()
            ? s.getThumbprint()
            : connection.generate(NewCertificate.defaults());
    StoredCertificate cert = connection.certificate(thumb).orElseThrow();
    sandbox.registerApp(r.clientId(), cert.certificate(), roles());
    r.uploaded(Set.of(thumb));
    em.persist(r);
    ConnectionSettings wanted = connection.current();
    wanted.setTenantId(sandbox.tenantId());
    wanted.setClientId(r.clientId());
    wanted.setThumbprint(thumb);
    wanted.setAuthorityHost(sandbox.authority());
    wanted.setGraphBaseUrl(sandbox.graphBaseUrl());
    wanted.setTrustedCaFile(caFile().toString());
    var problems = connection.save(wanted);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Simulated tenant settings rejected: " + problems);
    }
    connection.refresh();
    audit.record(
        "Simulated tenant started",
        users + " users, " + mailboxes + " mailboxes, tenant " + sandbox.tenantId());
  }

  /**
   * Does in the simulated tenant what "upload the .cer to the App Registration" does in Entra: for
   * the pending (renewed or imported) certificate, or the one in use.
   */
  @Transactional
  public synchronized String uploadCertificate() {
    ConnectionSettings s = connection.current();
    String thumb = s.getPendingThumbprint() != null ? s.getPendingThumbprint() : s.getThumbprint();
    SimulatedTenantRecord r = record();
    StoredCertificate c =
        connection
            .certificate(thumb)
            .orElseThrow(
                () -> new IllegalStateException("No certificate " + thumb + " in the key store."));
    sandbox.apps().find(r.clientId()).addCertificate(c.certificate());
    Set<String> up = new LinkedHashSet<>(r.uploaded());
    up.add(thumb);
    r.uploaded(up);
    audit.record("Certificate uploaded to the simulated app", thumb);
    return thumb;
  }

  @Transactional
  public synchronized void stop() {
    closeSandbox();
    file.delete();
    SimulatedTenantRecord r =
        em.find(SimulatedTenantRecord.class, SimulatedTenantRecord.SINGLETON_ID);
    if (r != null) {
      em.remove(r);
      connection.restore(PreviousSettings.fromJson(r.previousSettings()));
      audit.record("Simulated tenant stopped", "previous connection settings restored");
    }
  }

  private void closeSandbox() {
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }

  @PreDestroy
  synchronized void close() {
    if (sandbox != null) {
      save(true);
      sandbox.close();
    }
  }

  private SimulatedTenantRecord record() {
    SimulatedTenantRecord r =
        em.find(SimulatedTenantRecord.class, SimulatedTenantRecord.SINGLETON_ID);
    if (r == null || sandbox == null) {
      throw new IllegalStateException("No simulated tenant is running: start one first.");
    }
    return r;
  }

  private static GraphSandbox boot(SimulatedTenantRecord r, byte[] saved) {
    return GraphSandbox.builder()
        .restore(saved)
        .seed(r.seed())
        .users(r.users())
        .mailboxes(r.mailboxes())
        .graphPort(r.graphPort())
        .tokenPort(r.tokenPort())
        .caFile(caFile())
        .start();
  }

  private static Path caFile() {
    return DataDirectory.path().toAbsolutePath().resolve("simulated-tenant").resolve("ca.pem");
  }

  private static String[] roles() {
    return ChecklistRunner.REQUIRED_ROLES.keySet().toArray(String[]::new);
  }

  private static int port(String url) {
    return java.net.URI.create(url).getPort();
  }
}
