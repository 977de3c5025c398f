package org.cync.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.cync.roles.Roles;

/**
 * What the pages ask about the signed-in account: whether to offer changes at all. Hiding is a
 * courtesy; the check is {@link org.cync.roles.AdministratorOnly} on the action.
 */
@Named
@RequestScoped
public class Caller {
  @Inject SecurityContext security;

  private Boolean administrator;

  /** Asked once per request: the Sync settings page asks for each of its 30-odd fields. */
  public boolean isAdministrator() {
    if (administrator == null) {
      administrator = security.isCallerInRole(Roles.ADMINISTRATOR);
    }
    return administrator;
  }
}
