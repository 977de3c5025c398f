package org.cync.login;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes an API error, {@code {"error": "..."}}, from a filter or the authentication mechanism,
 * where JAX-RS does not answer; the response is committed so the container adds no HTML page.
 */
final class JsonError {
  private JsonError() {}

  static void write(HttpServletResponse res, int status, String message) {
    try {
      res.setStatus(status);
      res.setContentType("application/json");
      res.setCharacterEncoding("UTF-8");
      res.getWriter().write(Json.createObjectBuilder().add("error", message).build().toString());
      res.flushBuffer();
    } catch (IOException clientGone) {
      // nothing to answer to
    }
  }
}
