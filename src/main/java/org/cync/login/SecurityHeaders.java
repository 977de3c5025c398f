package org.cync.login;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * The browser-side defences on every answer (pages, resources, API, errors, health), in one place
 * so that no page or endpoint can forget them: a Content-Security-Policy that lets no other site
 * frame the console, no MIME sniffing, no referrer to other sites, and nothing personal left in a
 * cache. With HTTPS on (the launcher sets {@code cync.https.port}), plain HTTP only redirects, and
 * HTTPS answers carry HSTS. Registered in web.xml, first, for REQUEST, FORWARD and ERROR.
 */
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /**
   * 'unsafe-inline' for scripts and styles: PrimeFaces and Faces write inline widget scripts and
   * style attributes into every page; its nonce mode (primefaces.CSP) would also need every
   * hand-written handler moved out of the pages. Everything else only from CYNC itself.
   */
  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String HSTS = "max-age=31536000";
  static final String RESOURCES = "/jakarta.faces.resource/";

  private final OptionalInt httpsPort;

  public SecurityHeaders() {
    this(configuredHttpsPort());
  }

  SecurityHeaders(OptionalInt httpsPort) {
    this.httpsPort = httpsPort;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!answer(req, res, httpsPort)) {
      chain.doFilter(req, res);
    }
  }

  /**
   * Sets the headers, and answers a plain HTTP request with a redirect when HTTPS is on; true when
   * that redirect is the whole answer. Also called by {@link ConsoleAuthentication}, because the
   * container authenticates (login redirect, 401) before any filter runs.
   */
  static boolean answer(HttpServletRequest req, HttpServletResponse res, OptionalInt httpsPort) {
    apply(req, res);
    if (httpsPort.isPresent()
        && !req.isSecure()
        && req.getDispatcherType() == DispatcherType.REQUEST) {
      res.setStatus(308); // permanent, and keeps the method and body, unlike 301/302
      res.setHeader("Location", httpsLocation(req, httpsPort.getAsInt()));
      return true;
    }
    return false;
  }

  /** The HTTPS port the launcher set, or empty when CYNC serves plain HTTP. */
  static OptionalInt configuredHttpsPort() {
    return httpsPortFrom(System.getProperty("cync.https.port"));
  }

  private static void apply(HttpServletRequest req, HttpServletResponse res) {
    res.setHeader("Content-Security-Policy", POLICY);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    if (!req.getRequestURI().startsWith(req.getContextPath() + RESOURCES)) {
      res.setHeader("Cache-Control", "no-store");
    }
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", HSTS);
    }
  }

  /** The same path and query on the HTTPS port of the host the client asked for. */
  static String httpsLocation(HttpServletRequest req, int port) {
    String host = req.getServerName();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    String query = req.getQueryString();
    return "https://"
        + host
        + (port == 443 ? "" : ":" + port)
        + req.getRequestURI()
        + (query == null ? "" : "?" + query);
  }

  static OptionalInt httpsPortFrom(String text) {
    if (text == null || text.isBlank()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(text.trim()));
  }
}
