package org.cync.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cync.audit.AuditEntry;
import org.cync.audit.AuditTrail;
import org.cync.connection.Connection;
import org.cync.connection.ConnectionSettings;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.Expiry;
import org.cync.connection.certificate.NewCertificate;
import org.cync.connection.certificate.StoredCertificate;
import org.cync.connection.check.Checklist;
import org.cync.roles.AdministratorOnly;
import org.cync.trial.SimulatedTenant;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs the Connection page: the form, certificate actions, Test Connection, Reconnect, the
 * simulated tenant and the audit log. Messages name the field they belong to.
 */
@Named
@ViewScoped
public class ConnectionView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Connection connection;
  @Inject transient AuditTrail audit;
  @Inject transient SimulatedTenant simulated;

  private ConnectionSettings form;
  private String subject = NewCertificate.defaults().subject();
  private int keyBits = NewCertificate.defaults().keyBits();
  private transient UploadedFile pfx;
  private String pfxPassword;
  private String mailbox;
  private Checklist checklist;
  private int simulatedUsers = 200;
  private int simulatedMailboxes = 20;
  private boolean replaceConnection;

  public ConnectionSettings getForm() {
    if (form == null) {
      form = connection.current();
    }
    return form;
  }

  @AdministratorOnly
  public void save() {
    Map<String, String> problems = connection.save(getForm());
    if (problems.isEmpty()) {
      form = null;
      info("Connection settings saved. Run Test Connection to check them.");
    } else {
      problems.forEach((field, message) -> error("connection:" + field, message));
    }
  }

  @AdministratorOnly
  public void generate() {
    certificateAction(
        () ->
            connection.generate(
                new NewCertificate(subject, keyBits, NewCertificate.defaults().validity())));
  }

  @AdministratorOnly
  public void importPfx() {
    if (pfx == null || pfx.getSize() == 0) {
      error(null, "Choose the PFX file to import.");
      return;
    }
    char[] password = pfxPassword == null ? new char[0] : pfxPassword.toCharArray();
    pfxPassword = null;
    certificateAction(() -> connection.importPfx(pfx.getContent(), password));
  }

  private interface CertificateAction {
    String run() throws CertificateProblem;
  }

  private void certificateAction(CertificateAction action) {
    try {
      String thumb = action.run();
      form = null;
      boolean pending = thumb.equals(connection.current().getPendingThumbprint());
      info(
          pending
              ? "New certificate "
                  + thumb
                  + " is in the key store. Upload its .cer to the App Registration (Certificates &"
                  + " secrets), then Test Connection: CYNC switches to it when the test signs in with"
                  + " it, and keeps using the current one until then."
              : "Certificate "
                  + thumb
                  + " is in use. Upload its .cer to the App Registration (Certificates & secrets),"
                  + " then Test Connection.");
    } catch (CertificateProblem | IllegalArgumentException e) {
      error(null, e.getMessage());
    }
  }

  /** Administrators only: a test records its result and may switch to a renewed certificate. */
  @AdministratorOnly
  public void test() {
    checklist = connection.test(mailbox);
    form = null;
  }

  @AdministratorOnly
  public void reconnect() {
    try {
      connection.reconnect();
      info("Cached tokens dropped: the next request to Microsoft signs in again.");
    } catch (CertificateProblem | RuntimeException e) {
      error(null, e.getMessage());
    }
  }

  @AdministratorOnly
  public void startSimulated() {
    try {
      simulated.start(simulatedUsers, simulatedMailboxes, replaceConnection);
      form = null;
      mailbox = simulated.someMailbox().orElse(null);
      info("Simulated tenant started and connected. Run Test Connection to see it work.");
    } catch (CertificateProblem | RuntimeException e) {
      error(null, e.getMessage());
    }
  }

  @AdministratorOnly
  public void uploadToSimulated() {
    try {
      info("Certificate " + simulated.uploadCertificate() + " uploaded to the simulated app.");
    } catch (RuntimeException e) {
      error(null, e.getMessage());
    }
  }

  @AdministratorOnly
  public void stopSimulated() {
    simulated.stop();
    form = null;
    info("Simulated tenant stopped; the connection settings from before it are back.");
  }

  /** The checklist's headline; EL cannot reach a record's own methods. */
  public String getChecklistHeadline() {
    return getChecklist() == null ? "" : getChecklist().headline();
  }

  public Checklist getChecklist() {
    if (checklist == null) {
      checklist = connection.lastTest().orElse(null);
    }
    return checklist;
  }

  public StoredCertificate getCertificate() {
    return connection.certificate(getForm().getThumbprint()).orElse(null);
  }

  public StoredCertificate getPendingCertificate() {
    return connection.certificate(getForm().getPendingThumbprint()).orElse(null);
  }

  public String expiry(StoredCertificate c) {
    return c == null ? "" : Expiry.of(c.certificate(), java.time.Instant.now()).describe();
  }

  public String subjectOf(StoredCertificate c) {
    return c == null ? "" : c.certificate().getSubjectX500Principal().getName();
  }

  public boolean isKeyStorePasswordGenerated() {
    return connection.isKeyStorePasswordGenerated();
  }

  public List<AuditEntry> getAudit() {
    return audit.recent(20);
  }

  public SimulatedTenant getSimulated() {
    return simulated;
  }

  /**
   * Plain strings for the page: Faces 4.1 on Payara 7 resolves an {@code Optional} in EL to its
   * value, so {@code tenantId().orElse('')} in the page failed while rendering, and with it the
   * answer to "Use the simulated tenant".
   */
  public String getSimulatedTenantId() {
    return simulated.tenantId().orElse("");
  }

  public String getSimulatedAdminUrl() {
    return simulated.adminUrl().orElse("");
  }

  private static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  private static void error(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public int getKeyBits() {
    return keyBits;
  }

  public void setKeyBits(int keyBits) {
    this.keyBits = keyBits;
  }

  public UploadedFile getPfx() {
    return pfx;
  }

  public void setPfx(UploadedFile pfx) {
    this.pfx = pfx;
  }

  public String getPfxPassword() {
    return null;
  }

  public void setPfxPassword(String pfxPassword) {
    this.pfxPassword = pfxPassword;
  }

  public String getMailbox() {
    return mailbox;
  }

  public void setMailbox(String mailbox) {
    this.mailbox = mailbox;
  }

  public boolean isReplaceConnection() {
    return replaceConnection;
  }

  public void setReplaceConnection(boolean replaceConnection) {
    this.replaceConnection = replaceConnection;
  }

  /** True when starting the simulated tenant would replace a real, complete connection. */
  public boolean isConnectedElsewhere() {
    return !simulated.isRunning() && getForm().isComplete();
  }

  public int getSimulatedUsers() {
    return simulatedUsers;
  }

  public void setSimulatedUsers(int simulatedUsers) {
    this.simulatedUsers = simulatedUsers;
  }

  public int getSimulatedMailboxes() {
    return simulatedMailboxes;
  }

  public void setSimulatedMailboxes(int simulatedMailboxes) {
    this.simulatedMailboxes = simulatedMailboxes;
  }
}
