package org.cync.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Backs the Password page: the signed-in account changes its own password (the current one, the new
 * one twice); a forced change ends here too. Messages name the field.
 */
@Named
@RequestScoped
public class PasswordView {
  @Inject Accounts accounts;
  @Inject SecurityContext security;

  private String current;
  private String password;
  private String repeat;

  public boolean isMustChange() {
    Account a = accounts.find(security.getCallerPrincipal().getName());
    return a != null && a.isMustChangePassword();
  }

  public void change() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (password == null || !password.equals(repeat)) {
      faces.addMessage(
          "password:repeat",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, "Repeat: the two new passwords differ.", null));
      return;
    }
    ExternalContext external = faces.getExternalContext();
    try {
      accounts.changeOwnPassword(
          security.getCallerPrincipal().getName(),
          current,
          password,
          ((HttpServletRequest) external.getRequest()).getRemoteAddr());
    } catch (AccountProblem e) {
      String field =
          e.getMessage().startsWith("'currentPassword'") ? "password:current" : "password:password";
      String message =
          e.getMessage()
              .replace("'currentPassword'", "Current password:")
              .replace("'password'", "New password:");
      faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
      return;
    } finally {
      current = null;
      password = null;
      repeat = null;
    }
    external.getFlash().setKeepMessages(true);
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your password is changed.", null));
    external.redirect(external.getRequestContextPath() + "/");
    faces.responseComplete();
  }

  public String getCurrent() {
    return null;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return null;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
