package org.cync.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import org.cync.accounts.Account;
import org.cync.accounts.Accounts;
import org.cync.accounts.ApiTokens;

/**
 * One mechanism for both audiences. People sign in on the login page and get a session (asked for
 * with {@code setRegisterSession}, only there); scripts send HTTP Basic or {@code Authorization:
 * Bearer} (an API token, on {@code /api} only) with every call and get no session, and a 401 or 429
 * as JSON, never a redirect to an HTML page. A session's account is looked up on each request, so a
 * disabled account or a changed role takes effect at once. Not {@code @AutoApplySession}: that
 * would give every Basic call a session of its own.
 */
@ApplicationScoped
public class ConsoleAuthentication implements HttpAuthenticationMechanism {
  static final String LOGIN_PAGE = "/login.xhtml";

  /** Set on the request when the signed-in account must change its password first. */
  static final String MUST_CHANGE_PASSWORD = ConsoleAuthentication.class.getName() + ".mustChange";

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject SignIn signIn;
  @Inject Accounts accounts;
  @Inject ApiTokens tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Security headers and the HTTPS redirect also on the answers this mechanism ends (login
    // redirect, 401): the container authenticates before any filter runs.
    if (SecurityHeaders.answer(request, response, SecurityHeaders.configuredHttpsPort())) {
      return AuthenticationStatus.SEND_CONTINUE;
    }
    String address = request.getRemoteAddr();
    Credential fromLoginPage = context.getAuthParameters().getCredential();
    if (fromLoginPage instanceof UsernamePasswordCredential login) {
      SignInOutcome outcome =
          signIn.attempt(login.getCaller(), login.getPassword().getValue(), address, true);
      // A failure is reported by the login page itself, so no error response here.
      request.setAttribute(SignInOutcome.ATTRIBUTE, outcome);
      if (!outcome.signedIn()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      Account a = outcome.account();
      context.setRegisterSession(a.getName(), groups(a));
      return signedIn(request, context, a);
    }
    String authorization = request.getHeader("Authorization");
    String bearer = bearerToken(authorization);
    if (bearer != null && isApi(request)) {
      Account a =
          tokens.authenticate(
              bearer,
              !READS.contains(request.getMethod()),
              request.getMethod() + " " + request.getRequestURI());
      if (a == null) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"CYNC\", error=\"invalid_token\"");
        JsonError.write(
            response,
            401,
            "The API token is unknown, expired or revoked, or its account is disabled.");
        return AuthenticationStatus.SEND_FAILURE;
      }
      return signedIn(request, context, a);
    }
    UsernamePasswordCredential basic = basicCredential(authorization);
    if (basic != null) {
      SignInOutcome outcome =
          signIn.attempt(basic.getCaller(), basic.getPassword().getValue(), address, false);
      switch (outcome.kind()) {
        case SIGNED_IN:
          return signedIn(request, context, outcome.account());
        case WRONG:
          return challenge(response, "Wrong user name or password.");
        default:
          response.setHeader("Retry-After", Long.toString(outcome.retryAfterSeconds()));
          JsonError.write(response, 429, refusal(outcome));
          return AuthenticationStatus.SEND_FAILURE;
      }
    }
    Principal session = request.getUserPrincipal();
    if (session != null) {
      Account a = accounts.find(session.getName());
      if (a != null && !a.isDisabled()) {
        return signedIn(request, context, a);
      }
      HttpSession ended = request.getSession(false);
      if (ended != null) {
        ended.invalidate();
      }
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return isApi(request)
        ? challenge(response, "Sign in: HTTP Basic, or an API token as Authorization: Bearer.")
        : context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, Account a) {
    if (a.isMustChangePassword()) {
      request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
    }
    return context.notifyContainerAboutLogin(a.getName(), groups(a));
  }

  private static Set<String> groups(Account a) {
    return Set.of(a.getRole().group());
  }

  /** What a refused sign-in says, on the API and on the login page. */
  static String refusal(SignInOutcome outcome) {
    return outcome.kind() == SignInOutcome.Kind.LOCKED
        ? "Too many failed sign-ins: this account is locked; try again in "
            + outcome.retryAfterSeconds()
            + " s, or ask an Administrator to unlock it."
        : "Too many failed sign-ins: wait " + outcome.retryAfterSeconds() + " s and try again.";
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static AuthenticationStatus challenge(HttpServletResponse response, String message) {
    response.addHeader("WWW-Authenticate", "Basic realm=\"CYNC\", charset=\"UTF-8\"");
    response.addHeader("WWW-Authenticate", "Bearer realm=\"CYNC\"");
    JsonError.write(response, 401, message);
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The token of an {@code Authorization: Bearer ...} header, or null. */
  static String bearerToken(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
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
