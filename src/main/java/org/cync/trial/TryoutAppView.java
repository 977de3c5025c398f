package org.cync.trial;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cync.roles.AdministratorOnly;

/**
 * The tryout's App registration page: the simulated tenant's apps, their certificates and
 * permissions; an Administrator grants or revokes a permission, or uploads CYNC's certificate.
 */
@Named
@ViewScoped
public class TryoutAppView implements Serializable {
  @Inject transient TryoutApps apps;

  public boolean isOn() {
    return apps.on();
  }

  public List<TryoutApps.App> getApps() {
    return apps.apps();
  }

  @AdministratorOnly
  public void grant(String clientId, String permission) {
    change(clientId, permission, true);
  }

  @AdministratorOnly
  public void revoke(String clientId, String permission) {
    change(clientId, permission, false);
  }

  private void change(String clientId, String permission, boolean grant) {
    try {
      apps.permission(clientId, permission, grant);
      message(
          FacesMessage.SEVERITY_INFO,
          permission
              + (grant ? " granted" : " revoked")
              + "; new tokens carry it (a token already issued keeps its roles up to an hour).");
    } catch (IllegalArgumentException | IllegalStateException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  @AdministratorOnly
  public void uploadCertificate() {
    try {
      message(FacesMessage.SEVERITY_INFO, "Certificate " + apps.uploadCertificate() + " uploaded.");
    } catch (IllegalStateException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
