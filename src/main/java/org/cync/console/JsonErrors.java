package org.cync.console;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.cync.login.JsonError;

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
    JsonError.write(this, status, ApiFailure.forStatus(status).message());
  }

  /** The container's reason may name internals; the API's sentence for the status is used. */
  @Override
  public void sendError(int status, String ignored) throws IOException {
    sendError(status);
  }
}
