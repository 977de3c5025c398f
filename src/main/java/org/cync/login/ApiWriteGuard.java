package org.cync.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Cross-site request forgery guard for {@code /api}: a change (POST, PUT, DELETE…) must say it
 * sends JSON. A hostile page can make a browser post a form (and the console's session cookie or
 * cached Basic credentials with it), but not a request with {@code Content-Type: application/json}
 * without a CORS preflight, which CYNC never grants.
 */
@WebFilter("/api/*")
public class ApiWriteGuard extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String type = req.getContentType();
    if (SAFE.contains(req.getMethod())
        || (type != null && type.toLowerCase().startsWith("application/json"))) {
      chain.doFilter(req, res);
      return;
    }
    res.setStatus(415);
    res.setContentType("application/json");
    res.getWriter()
        .write(
            "{\"error\":\"Send changes to /api with Content-Type: application/json (even without a"
                + " body): this protects CYNC against cross-site requests.\"}");
  }
}
