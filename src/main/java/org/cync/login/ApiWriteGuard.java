package org.cync.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.cync.roles.Roles;

/**
 * Two guards on changes to {@code /api} (POST, PUT, DELETE…). Cross-site request forgery: a change
 * must say it sends JSON; a hostile page can make a browser post a form (and the console's session
 * cookie or cached Basic credentials with it), but not a request with {@code Content-Type:
 * application/json} without a CORS preflight, which CYNC never grants. Roles: only an Administrator
 * changes anything, except an account's own password and own API tokens ({@link #selfService}),
 * which the resource checks further.
 */
@WebFilter("/api/*")
public class ApiWriteGuard extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(req.getMethod())) {
      chain.doFilter(req, res);
      return;
    }
    String type = req.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      JsonError.write(
          res,
          415,
          "Send changes to /api with Content-Type: application/json (even without a body): this"
              + " protects CYNC against cross-site requests.");
      return;
    }
    if (!req.isUserInRole(Roles.ADMINISTRATOR)
        && !selfService(
            req.getMethod(),
            req.getRequestURI().substring(req.getContextPath().length()),
            req.getRemoteUser())) {
      JsonError.write(
          res, 403, "Only an Administrator can change this; you are signed in as a Viewer.");
      return;
    }
    chain.doFilter(req, res);
  }

  /**
   * The changes any account may make to itself: {@code PUT /api/accounts/{own name}} (its
   * password), {@code POST /api/accounts/{own name}/tokens} and {@code DELETE /api/accounts/{own
   * name}/tokens/{id}}.
   */
  static boolean selfService(String method, String path, String user) {
    if (user == null || !path.startsWith("/api/accounts/")) {
      return false;
    }
    String[] parts = path.substring("/api/accounts/".length()).split("/", -1);
    String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
    if (!name.equalsIgnoreCase(user)) {
      return false;
    }
    return switch (parts.length) {
      case 1 -> method.equals("PUT");
      case 2 -> method.equals("POST") && parts[1].equals("tokens");
      case 3 -> method.equals("DELETE") && parts[1].equals("tokens") && !parts[2].isEmpty();
      default -> false;
    };
  }
}
