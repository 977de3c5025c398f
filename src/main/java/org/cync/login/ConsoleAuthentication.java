package org.cync.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both audiences: people get the login page and a session, scripts send HTTP
 * Basic to {@code /api} and get a 401 with a challenge, never a redirect to an HTML page.
 */
@ApplicationScoped
@AutoApplySession
public class ConsoleAuthentication implements HttpAuthenticationMechanism {
  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Security headers and the HTTPS redirect also on the answers this mechanism ends (login
    // redirect, 401): the container authenticates before any filter runs.
    if (SecurityHeaders.answer(request, response, SecurityHeaders.configuredHttpsPort())) {
      return AuthenticationStatus.SEND_CONTINUE;
    }
    Credential fromLoginPage = context.getAuthParameters().getCredential();
    if (fromLoginPage != null) {
      CredentialValidationResult result = identityStores.validate(fromLoginPage);
      // A failure is reported by the login page itself, so no error response here.
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : AuthenticationStatus.SEND_FAILURE;
    }
    Credential basic = basicCredential(request.getHeader("Authorization"));
    if (basic != null) {
      CredentialValidationResult result = identityStores.validate(basic);
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : challenge(response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return isApi(request)
        ? challenge(response, context)
        : context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"CYNC\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  /**
   * The credential of an {@code Authorization: Basic ...} header, or null when there is none or it
   * is malformed.
   */
  static UsernamePasswordCredential basicCredential(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
