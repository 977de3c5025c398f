package org.cync.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Backs the login page and the logout link; the sign-in itself is {@link SignIn}'s. */
@Named
@RequestScoped
public class LoginView {
  @Inject SecurityContext security;

  private String user;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(user, password == null ? "" : password)));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + "/");
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SEND_FAILURE) {
      Object outcome = external.getRequestMap().get(SignInOutcome.ATTRIBUTE);
      if (outcome instanceof SignInOutcome o && o.kind() != SignInOutcome.Kind.WRONG) {
        faces.addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, ConsoleAuthentication.refusal(o), null));
      } else {
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                "Wrong user name or password.",
                "Ask an Administrator for an account. On a new installation the account is 'admin',"
                    + " with the password set in CYNC_ADMIN_PASSWORD or, if none is set, the one in"
                    + " initial-admin-password in the data directory."));
      }
    } else {
      faces.responseComplete();
    }
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + ConsoleAuthentication.LOGIN_PAGE);
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
