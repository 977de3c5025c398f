package org.cync.roles;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;

/**
 * Refuses an {@link AdministratorOnly} call unless the caller is in the Administrator role.
 * Serializable, as CDI requires of an interceptor on a {@code @ViewScoped} (passivating) bean.
 */
@AdministratorOnly
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AdministratorOnlyInterceptor implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SecurityContext security;

  @AroundInvoke
  Object check(InvocationContext call) throws Exception {
    if (!security.isCallerInRole(Roles.ADMINISTRATOR)) {
      throw new NotAllowed();
    }
    return call.proceed();
  }
}
