package org.cync.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a caller of {@code /api/runs} may ask of a run: the documented parameters only, each with
 * its allowed values. Anything else is refused by name, so a typo is not silently ignored and the
 * job's internal parameters ({@code approvedDeletes}, set only by approve; {@code trigger}; {@code
 * directory}, which follows the connection) cannot be set from outside. The sample directory's test
 * hooks are accepted only by a server started with them on. Pure.
 */
public final class RunRequest {
  /** A parameter's allowed values, in words for the message, and the test of a value. */
  private record Rule(String allowed, java.util.function.Predicate<String> ok) {}

  private static final Rule BOOLEAN =
      new Rule("true or false", v -> v.equals("true") || v.equals("false"));

  private static Rule wholeNumber(long min, long max) {
    return new Rule(
        "a whole number from " + min + " to " + max,
        v -> v.matches("\\d{1,9}") && Long.parseLong(v) >= min && Long.parseLong(v) <= max);
  }

  private static final Map<String, Rule> START =
      ordered(
          "dryRun",
          BOOLEAN,
          "reconcile",
          BOOLEAN,
          "chunkSize",
          wholeNumber(1, 1000),
          "mailboxChunkSize",
          wholeNumber(1, 1000));

  /** For the sample directory, in tests only: blank clears a hook on restart. */
  private static final Map<String, Rule> HOOKS =
      ordered(
          "sampleSize", wholeNumber(1, 100_000),
          "itemDelayMillis", wholeNumber(0, 10_000),
          "failAtItem", wholeNumber(1, 100_000));

  private RunRequest() {}

  /**
   * The parameters of a new run, checked; throws {@link BadRunRequest} naming the first wrong one.
   */
  public static Map<String, String> forStart(Map<String, String> body, boolean testHooks) {
    return checked(body, START, testHooks, false);
  }

  /**
   * Overrides for a restart, checked: a restart repeats the run it restarts, so only the test hooks
   * (on a test server) may change.
   */
  public static Map<String, String> forRestart(Map<String, String> body, boolean testHooks) {
    return checked(body, Map.of(), testHooks, true);
  }

  private static Map<String, String> checked(
      Map<String, String> body, Map<String, Rule> documented, boolean testHooks, boolean restart) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(body == null ? Map.of() : body).entrySet()) {
      String name = e.getKey();
      Rule rule =
          documented.containsKey(name) ? documented.get(name) : testHooks ? HOOKS.get(name) : null;
      if (rule == null) {
        throw new BadRunRequest(name, unknown(name, documented, restart));
      }
      String value = e.getValue() == null ? "" : e.getValue().trim();
      if (value.isEmpty() && restart) {
        out.put(name, "");
        continue;
      }
      if (!rule.ok().test(value)) {
        throw new BadRunRequest(
            name, "'" + name + "' must be " + rule.allowed() + ", not '" + shorten(value) + "'.");
      }
      out.put(name, value);
    }
    return out;
  }

  private static String unknown(String name, Map<String, Rule> documented, boolean restart) {
    String known =
        documented.isEmpty()
            ? "A restart takes no parameters: it repeats the run as it was started."
            : "A run takes " + String.join(", ", documented.keySet()) + ".";
    String hint =
        name.equals("approvedDeletes")
            ? " Deletions are approved with POST /api/runs/{id}/approve, which the audit log records."
            : name.equals("directory")
                ? " The directory is the connected tenant's; the sample directory is used only while"
                    + " no tenant is connected."
                : "";
    return "Unknown parameter '" + shorten(name) + "'. " + known + hint;
  }

  private static String shorten(String s) {
    String printable = s.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
  }

  private static Map<String, Rule> ordered(Object... pairs) {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Rule) pairs[i + 1]);
    }
    return m;
  }

  /** A parameter that is not documented, or a value it does not take; the API answers 400. */
  public static final class BadRunRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    BadRunRequest(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
