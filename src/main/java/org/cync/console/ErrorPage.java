package org.cync.console;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * web.xml's error page for every status and exception: a plain servlet, so it works without a
 * session and when Faces itself is what failed. It shows a reference that is also in the log, and
 * nothing of the exception; under {@code /api} it answers JSON, never an HTML page.
 */
@WebServlet(ErrorPage.PATH)
public class ErrorPage extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/error";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String reference = reference(request, status, uri);
    ErrorAnswer answer = ErrorAnswer.of(status, reference);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    String apiRoot = request.getContextPath() + "/api";
    boolean api = uri != null && (uri.equals(apiRoot) || uri.startsWith(apiRoot + "/"));
    response.setContentType(api ? "application/json" : "text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(api ? answer.json() : answer.html(request.getContextPath()));
  }

  /**
   * The reference the Faces handler logged already, the one in {@code ?ref=} after its Ajax
   * redirect, or a new one logged here; none for a plain "not found" or "not allowed".
   */
  private static String reference(HttpServletRequest request, int status, String uri) {
    Object logged = request.getAttribute(ErrorReference.ATTRIBUTE);
    if (logged instanceof String s) {
      return s;
    }
    if (uri == null) {
      String ref = request.getParameter("ref");
      return ErrorReference.isReference(ref) ? ref : null;
    }
    if (status < 500) {
      return null;
    }
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    // An error dispatch keeps the original request's method.
    return ErrorReference.log(
        request.getMethod(),
        uri,
        failure == null ? new IllegalStateException("status " + status) : failure);
  }
}
