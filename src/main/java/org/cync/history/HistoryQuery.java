package org.cync.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cync.sync.RunOutcomes;

/**
 * A question to the run history: which outcome, which days (ISO dates, UTC, both inclusive), which
 * page of how many. Built from the query parameters of {@code GET /api/runs} and from the history
 * page's filters; a wrong value is refused naming the parameter ({@link BadQuery}). Pure.
 */
public record HistoryQuery(String outcome, Instant from, Instant toExclusive, int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 500;
  static final int MAX_PAGE = 1_000_000;

  /** The outcomes the history can be filtered by: the ends of runs, running and skipped. */
  public static List<String> outcomes() {
    List<String> all = new ArrayList<>(RunOutcomes.ALL);
    all.add(RunOutcomes.RUNNING);
    all.add(RunOutcomes.SKIPPED);
    return all;
  }

  /** Any of the parameters may be null (not given). */
  public static HistoryQuery parse(
      String outcome, String from, String to, String page, String size) {
    String o = outcome == null || outcome.isBlank() ? null : outcome.trim();
    if (o != null && !outcomes().contains(o)) {
      throw new BadQuery(
          "outcome",
          "'outcome' must be one of " + String.join(", ", outcomes()) + ", not '" + cut(o) + "'.");
    }
    LocalDate f = date("from", from);
    LocalDate t = date("to", to);
    if (f != null && t != null && t.isBefore(f)) {
      throw new BadQuery("to", "'to' (" + t + ") is before 'from' (" + f + ").");
    }
    return new HistoryQuery(
        o,
        f == null ? null : f.atStartOfDay(ZoneOffset.UTC).toInstant(),
        t == null ? null : t.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        number("page", page, 0, MAX_PAGE, 0),
        number("size", size, 1, MAX_SIZE, DEFAULT_SIZE));
  }

  /** The first row of the page. */
  public int offset() {
    return page * size;
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BadQuery(
          name,
          "'" + name + "' must be a date like 2026-12-06 (ISO, UTC), not '" + cut(value) + "'.");
    }
  }

  private static int number(String name, String value, int min, int max, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String v = value.trim();
    if (!v.matches("\\d{1,9}") || Long.parseLong(v) < min || Long.parseLong(v) > max) {
      throw new BadQuery(
          name,
          "'"
              + name
              + "' must be a whole number from "
              + min
              + " to "
              + max
              + ", not '"
              + cut(v)
              + "'.");
    }
    return Integer.parseInt(v);
  }

  private static String cut(String s) {
    String printable = s.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }

  /** A query parameter with a value it does not take; the API answers 400 naming it. */
  public static final class BadQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    BadQuery(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }
  }
}
