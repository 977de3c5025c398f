package org.cync.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks user name and password against the {@link AdminAccount}; the account is in the group
 * {@code admin}.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {
  public static final String ROLE = "admin";

  @Inject AdminAccount account;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential login
        && account.accepts(login.getCaller(), login.getPassword().getValue())) {
      return new CredentialValidationResult(login.getCaller(), Set.of(ROLE));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
