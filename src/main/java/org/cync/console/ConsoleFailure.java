package org.cync.console;

import jakarta.faces.application.ViewExpiredException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cync.roles.NotAllowed;

/**
 * What a console page's exception means for the person in front of it, found in the cause chain
 * (Faces wraps an action's exception in an EL and a Faces exception): a refused change, a page that
 * expired, or a fault that only the log may describe.
 */
record ConsoleFailure(Kind kind, Throwable cause) {
  /** What the console answers with: a message on the same page, a fresh page, the error page. */
  enum Kind {
    NOT_ALLOWED,
    EXPIRED,
    UNEXPECTED
  }

  /**
   * The token Mojarra's server-side state saving writes into {@code jakarta.faces.ViewState}: two
   * signed longs. Anything else was not written by CYNC, so it is not an expired page but a forged
   * or damaged form.
   */
  private static final Pattern SERVER_STATE_TOKEN = Pattern.compile("-?\\d{1,20}:-?\\d{1,20}");

  static ConsoleFailure of(Throwable thrown) {
    return find(thrown, NotAllowed.class)
        .map(t -> new ConsoleFailure(Kind.NOT_ALLOWED, t))
        .or(
            () ->
                find(thrown, ViewExpiredException.class)
                    .map(t -> new ConsoleFailure(Kind.EXPIRED, t)))
        .orElseGet(() -> new ConsoleFailure(Kind.UNEXPECTED, thrown));
  }

  /**
   * An expired page whose view state CYNC cannot have written is treated as unexpected: it is
   * logged with a reference, not offered again.
   */
  static ConsoleFailure of(Throwable thrown, String postedViewState) {
    ConsoleFailure failure = of(thrown);
    return failure.kind == Kind.EXPIRED
            && postedViewState != null
            && !SERVER_STATE_TOKEN.matcher(postedViewState).matches()
        ? new ConsoleFailure(Kind.UNEXPECTED, thrown)
        : failure;
  }

  /** The first throwable of the type in the cause chain (guarded against a cycle). */
  private static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 50; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
