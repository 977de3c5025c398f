package org.cync.graphbatch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What Microsoft support asks for about a failed Graph request: its {@code request-id}, the {@code
 * client-request-id} the client sent, and when it failed. Graph puts them in the error body's
 * {@code innerError} (also inside a {@code $batch} sub-response) and in the response headers
 * ({@code request-id}, {@code client-request-id}, {@code Date}); the body is read first, then the
 * headers. Every value is bounded, so a hostile answer cannot fill a database column.
 *
 * @param date RFC 3339 in UTC, e.g. {@code 2025-02-13T10:17:05Z}, or null
 */
public record GraphTrace(String requestId, String clientRequestId, String date) {
  public static final int MAX = 64;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  public static final GraphTrace NONE = new GraphTrace(null, null, null);

  public GraphTrace {
    requestId = bounded(requestId);
    clientRequestId = bounded(clientRequestId);
    date = bounded(date);
  }

  /**
   * @param error the {@code error} object of a Graph error body, or null
   * @param header a response header by name (case-insensitive), null when absent
   */
  public static GraphTrace of(Map<?, ?> error, UnaryOperator<String> header) {
    Map<?, ?> inner = null;
    if (error != null) {
      Object i = error.get("innerError");
      inner =
          i instanceof Map<?, ?> m ? m : error.get("innererror") instanceof Map<?, ?> m ? m : null;
    }
    return new GraphTrace(
        first(text(inner, "request-id"), header.apply("request-id")),
        first(text(inner, "client-request-id"), header.apply("client-request-id")),
        first(date(text(inner, "date")), date(header.apply("Date"))));
  }

  /** This trace, its blanks filled from {@code other} (a sub-response's from its envelope's). */
  public GraphTrace or(GraphTrace other) {
    return new GraphTrace(
        first(requestId, other.requestId),
        first(clientRequestId, other.clientRequestId),
        first(date, other.date));
  }

  public boolean isEmpty() {
    return requestId == null && clientRequestId == null && date == null;
  }

  /**
   * Graph's dates in RFC 3339 UTC: {@code innerError.date} is a local date-time in UTC without an
   * offset ({@code 2025-02-13T10:17:05}); the {@code Date} header is an HTTP date (RFC 1123); the
   * SDK answers an offset date-time. Anything else is kept as it came (bounded).
   */
  static String date(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.trim();
    // Only an HTTP date holds a comma: tried first for it, so the usual answer (the Date header
    // of every $batch envelope) costs no failed parse (an exception each) before the right one.
    for (Function<String, Instant> form : s.indexOf(',') >= 0 ? HTTP_FIRST : ISO_FIRST) {
      try {
        return iso(form.apply(s));
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    return s;
  }

  private static final Function<String, Instant> LOCAL =
      s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
  private static final Function<String, Instant> OFFSET = s -> OffsetDateTime.parse(s).toInstant();
  private static final Function<String, Instant> HTTP =
      s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  private static final List<Function<String, Instant>> ISO_FIRST = List.of(LOCAL, OFFSET, HTTP);
  private static final List<Function<String, Instant>> HTTP_FIRST = List.of(HTTP, LOCAL, OFFSET);

  static String iso(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String text(Map<?, ?> m, String key) {
    return m != null && m.get(key) instanceof String s && !s.isBlank() ? s : null;
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b == null || b.isBlank() ? null : b;
  }

  private static String bounded(String s) {
    if (s == null) {
      return null;
    }
    String clean = CONTROL.matcher(s.strip()).replaceAll("");
    return clean.isEmpty() ? null : clean.length() <= MAX ? clean : clean.substring(0, MAX);
  }
}
