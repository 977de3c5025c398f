package org.cync.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * While the signed-in account must change its password (a generated or reset one), the password
 * page is all it gets: other pages redirect there, and the API answers 403 except for the change of
 * the account's own password. The mechanism marks such requests ({@link
 * ConsoleAuthentication#MUST_CHANGE_PASSWORD}).
 */
@WebFilter("/*")
public class PasswordChangeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String PASSWORD_PAGE = "/password.xhtml";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getAttribute(ConsoleAuthentication.MUST_CHANGE_PASSWORD) == null
        || allowed(
            req.getMethod(),
            req.getRequestURI().substring(req.getContextPath().length()),
            req.getRemoteUser())) {
      chain.doFilter(req, res);
      return;
    }
    if (ConsoleAuthentication.isApi(req)) {
      JsonError.write(
          res,
          403,
          "This account must change its password first: PUT /api/accounts/"
              + req.getRemoteUser()
              + " with {\"password\": \"...\", \"currentPassword\": \"...\"}, or use the console.");
    } else {
      res.sendRedirect(req.getContextPath() + PASSWORD_PAGE);
    }
  }

  /** What an account that must change its password may still reach. */
  static boolean allowed(String method, String path, String user) {
    return path.equals(PASSWORD_PAGE)
        || path.equals(ConsoleAuthentication.LOGIN_PAGE)
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/health/")
        || (method.equals("PUT")
            && user != null
            && path.startsWith("/api/accounts/")
            && ApiWriteGuard.selfService(method, path, user));
  }
}
