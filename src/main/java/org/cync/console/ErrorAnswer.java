package org.cync.console;

import jakarta.ws.rs.core.Response;

/**
 * The words of {@link ErrorPage}, apart from the servlet so a test can read them: a status, a
 * sentence saying what to do, and the reference, with nothing taken from the request or the
 * exception except the reference, which is 8 hex characters.
 */
record ErrorAnswer(int status, String title, String advice, String reference) {

  static ErrorAnswer of(int status, String reference) {
    String ref = ErrorReference.isReference(reference) ? reference : null;
    return switch (status) {
      case 404 ->
          new ErrorAnswer(
              status, "Not found", "There is no such page. Go back to the console.", ref);
      case 403 -> new ErrorAnswer(status, "Not allowed", "Your account may not open this.", ref);
      default ->
          status < 500
              ? refused(status, ref)
              : new ErrorAnswer(
                  status,
                  "Something went wrong",
                  "CYNC could not complete this request. Try again; if it happens again, give your"
                      + " administrator the reference below: the server's log has the details under it.",
                  ref);
    };
  }

  /** Any other refusal by its standard name ("Method Not Allowed"), nothing else. */
  private static ErrorAnswer refused(int status, String ref) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return new ErrorAnswer(
        status,
        known == null ? "Request refused" : known.getReasonPhrase(),
        "CYNC did not accept this request.",
        ref);
  }

  String html(String contextPath) {
    return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>CYNC · "
        + title
        + "</title></head><body style=\"font-family:sans-serif;margin:2rem\"><h1>"
        + title
        + "</h1><p>"
        + advice
        + "</p>"
        + (reference == null
            ? ""
            : "<p>Reference: <strong id=\"reference\">" + reference + "</strong></p>")
        + "<p><a href=\""
        + contextPath
        + "/\">Back to the console</a></p></body></html>";
  }

  String json() {
    return org.cync.login.JsonError.body(
        title + (reference == null ? "" : " (reference " + reference + " in the server's log)"));
  }
}
