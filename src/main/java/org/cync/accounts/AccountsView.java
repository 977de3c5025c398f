package org.cync.accounts;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cync.roles.AdministratorOnly;
import org.cync.roles.Roles;

/**
 * Backs the Accounts page: Administrators add accounts, change roles, disable, reset passwords and
 * unlock; everyone manages their own API tokens (the secret is shown once).
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Accounts accounts;
  @Inject transient ApiTokens tokens;
  @Inject transient SignInThrottle throttle;
  @Inject transient SecurityContext security;

  private String newName;
  private Role newRole = Role.VIEWER;
  private String newPassword;
  private String resetName;
  private String resetPassword;
  private String tokenName;
  private String tokenExpires;
  private String secret;

  /** One row of the accounts table. */
  public record Row(
      String name,
      Role role,
      boolean disabled,
      boolean mustChangePassword,
      Instant lastSignIn,
      Instant lockedUntil) {}

  public List<Row> getAccounts() {
    return accounts.list().stream()
        .map(
            a ->
                new Row(
                    a.getName(),
                    a.getRole(),
                    a.isDisabled(),
                    a.isMustChangePassword(),
                    a.getLastSignIn(),
                    AccountStates.lockedUntil(a, throttle)))
        .toList();
  }

  public List<ApiToken> getTokens() {
    return tokens.of(me());
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public boolean isAdministrator() {
    return security.isCallerInRole(Roles.ADMINISTRATOR);
  }

  @AdministratorOnly
  public void add() {
    act(
        "add",
        () -> {
          accounts.create(newName, newRole, newPassword);
          info("Account " + newName + " added; it must change its password at its first sign-in.");
          newName = null;
        });
    newPassword = null;
  }

  @AdministratorOnly
  public void changeRole(String name, Role role) {
    act("accounts", () -> accounts.update(name, new AccountChange(role, null, null, false)));
  }

  @AdministratorOnly
  public void setDisabled(String name, boolean disabled) {
    act("accounts", () -> accounts.update(name, new AccountChange(null, disabled, null, false)));
  }

  @AdministratorOnly
  public void unlock(String name) {
    act(
        "accounts",
        () -> {
          accounts.update(name, new AccountChange(null, null, null, true));
          info(name + " is unlocked.");
        });
  }

  @AdministratorOnly
  public void reset() {
    act(
        "reset",
        () -> {
          accounts.update(resetName, new AccountChange(null, null, resetPassword, false));
          info(
              "The password of "
                  + resetName
                  + " is reset; it must be changed at the next sign-in.");
        });
    resetPassword = null;
  }

  /** Any account: a token of its own; the secret is shown once, in a dialog. */
  public void createToken() {
    secret = null;
    act(
        "tokens",
        () -> {
          secret = tokens.create(me(), tokenName, tokenExpires).secret();
          tokenName = null;
          tokenExpires = null;
        });
  }

  public void revoke(long id) {
    act("tokens", () -> tokens.revoke(me(), id));
  }

  private String me() {
    return security.getCallerPrincipal().getName();
  }

  /** Each API field as the form that shows the message labels it. */
  static final Map<String, Map<String, String>> LABELS =
      Map.of(
          "add", Map.of("name", "Name", "role", "Role", "password", "First password"),
          "reset", Map.of("password", "New password"),
          "tokens", Map.of("name", "Name", "expires", "Expires"),
          "accounts", Map.of("role", "Role"));

  /** "'expires' must be in the future." as "Expires: must be in the future." on the tokens form. */
  static String labelled(String form, String message) {
    for (Map.Entry<String, String> e : LABELS.getOrDefault(form, Map.of()).entrySet()) {
      String quoted = "'" + e.getKey() + "'";
      if (message.startsWith(quoted + ":")) {
        return e.getValue() + message.substring(quoted.length());
      }
      if (message.startsWith(quoted)) {
        return e.getValue() + ":" + message.substring(quoted.length());
      }
    }
    return message;
  }

  private static void act(String form, Runnable action) {
    try {
      action.run();
    } catch (AccountProblem e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              form,
              new FacesMessage(FacesMessage.SEVERITY_ERROR, labelled(form, e.getMessage()), null));
    }
  }

  private static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  /** The secret just created, once: reading it forgets it. */
  public String getSecret() {
    return secret;
  }

  public void forgetSecret() {
    secret = null;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public String getNewPassword() {
    return null;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getResetName() {
    return resetName;
  }

  public void setResetName(String resetName) {
    this.resetName = resetName;
  }

  public String getResetPassword() {
    return null;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }

  public String getTokenName() {
    return tokenName;
  }

  public void setTokenName(String tokenName) {
    this.tokenName = tokenName;
  }

  public String getTokenExpires() {
    return tokenExpires;
  }

  public void setTokenExpires(String tokenExpires) {
    this.tokenExpires = tokenExpires;
  }
}
