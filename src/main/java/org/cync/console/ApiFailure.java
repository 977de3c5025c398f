package org.cync.console;

import com.google.gson.JsonParseException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import java.util.Optional;
import org.cync.roles.NotAllowed;

/**
 * What an API caller is told about a failure: a status and one sentence, never the exception's
 * class or text (they name internals and may echo what was sent). Pure, so every case is tested
 * without a server; {@link ApiErrors} turns it into the JSON answer.
 */
public record ApiFailure(int status, String message, Optional<String> reference) {

  /** The answer for an HTTP status the JAX-RS runtime or the servlet container chose. */
  public static ApiFailure forStatus(int status) {
    String message =
        switch (status) {
          case 400 -> "The request is not valid: check it against src/site/markdown/http-api.md.";
          case 401 -> "Sign in first: send HTTP Basic credentials.";
          case 403 -> "You are not allowed to do this.";
          case 404 -> "No such API path: the paths are listed in src/site/markdown/http-api.md.";
          case 405 ->
              "This path does not take this method: the Allow header lists the ones it takes.";
          case 406 -> "This path answers JSON only: accept application/json.";
          case 413 -> ApiBodyLimit.TOO_LARGE;
          case 415 -> "Send the body as JSON, with Content-Type: application/json.";
          default ->
              status >= 500
                  ? "Something went wrong in CYNC; its log says more."
                  : "The request was refused (HTTP " + status + ").";
        };
    return new ApiFailure(status, message, Optional.empty());
  }

  /**
   * The answer for an exception no resource handled: a refused role, a body that is not JSON (or
   * not of the expected shape), or else a 500 with a new reference to look up in the log.
   */
  public static ApiFailure forException(Throwable e) {
    if (causedBy(e, NotAllowed.class)) {
      return new ApiFailure(403, new NotAllowed().getMessage(), Optional.empty());
    }
    if (causedBy(e, JsonbException.class)
        || causedBy(e, JsonException.class)
        || causedBy(e, JsonParseException.class)) {
      return new ApiFailure(
          400,
          "The body is not JSON of the expected shape: send one JSON object with the fields this"
              + " path takes (see src/site/markdown/http-api.md), with text in quotes.",
          Optional.empty());
    }
    String reference = ErrorReference.next();
    return new ApiFailure(
        500,
        "Something went wrong; reference " + reference + " is in CYNC's log.",
        Optional.of(reference));
  }

  static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
