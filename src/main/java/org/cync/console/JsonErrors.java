package org.cync.console;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Under {@code /api} an error the container answers itself ({@code sendError}: an unknown path, a
 * status without a body) is {@code {"error": "..."}}, like the API's own, instead of an HTML page.
 */
final class JsonErrors extends HttpServletResponseWrapper {

  JsonErrors(HttpServletResponse res) {
    super(res);
  }

  @Override
  public void sendError(int status) throws IOException {
    write(this, status, ApiFailure.forStatus(status).message());
  }

  /** The container's reason may name internals; the API's sentence for the status is used. */
  @Override
  public void sendError(int status, String ignored) throws IOException {
    sendError(status);
  }

  static void write(HttpServletResponse res, int status, String message) throws IOException {
    if (res.isCommitted()) {
      return;
    }
    res.resetBuffer();
    res.setStatus(status);
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    byte[] body = ("{\"error\":" + quoted(message) + "}").getBytes(StandardCharsets.UTF_8);
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
    res.flushBuffer();
  }

  /** A JSON string; the messages are CYNC's own sentences, so quotes and backslashes suffice. */
  static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
