package org.cync.login;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an API error, {@code {"error": "..."}}, where JAX-RS does not answer: the authentication
 * mechanism, servlet filters and the container's own errors under {@code /api}. The response is
 * committed so the container adds no HTML page. The one writer of such answers outside JAX-RS.
 */
public final class JsonError {
  private JsonError() {}

  public static void write(HttpServletResponse res, int status, String message) {
    if (res.isCommitted()) {
      return;
    }
    try {
      res.resetBuffer();
      res.setStatus(status);
      res.setContentType("application/json");
      res.setCharacterEncoding("UTF-8");
      byte[] body = body(message).getBytes(StandardCharsets.UTF_8);
      res.setContentLength(body.length);
      res.getOutputStream().write(body);
      res.flushBuffer();
    } catch (IOException clientGone) {
      // nothing to answer to
    }
  }

  /** The JSON text of an error answer. */
  public static String body(String message) {
    return Json.createObjectBuilder().add("error", message).build().toString();
  }
}
