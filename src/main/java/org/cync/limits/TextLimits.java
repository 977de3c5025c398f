package org.cync.limits;

import java.util.Optional;

/**
 * How long a text field or a list may be, and which characters a name may not hold, with the one
 * sentence that names the field and the fix. Also {@link #shown}: how a refused value is quoted
 * back, so an answer never repeats 20 MB (or a NUL) it was sent.
 */
public final class TextLimits {
  /** Names, IDs, list entries: Entra and Exchange allow at most 256 characters in any of these. */
  public static final int NAME = 256;

  /** URLs and file paths. */
  public static final int LONG_TEXT = 2048;

  /** Entries in one list of the settings (groups, users, departments...). */
  public static final int LIST_ENTRIES = 10_000;

  private static final int SHOWN = 60;

  private TextLimits() {}

  /**
   * The problem with {@code value} in {@code field}, if any: longer than {@code max} characters, or
   * holding a control character (U+0000 to U+001F, U+007F to U+009F).
   */
  public static Optional<String> problem(String field, String value, int max) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.length() > max) {
      return Optional.of(
          "'"
              + field
              + "' has "
              + String.format("%,d", value.length())
              + " characters; CYNC accepts at most "
              + max
              + " here: shorten it.");
    }
    for (int i = 0; i < value.length(); i++) {
      if (isControl(value.charAt(i))) {
        return Optional.of(
            "'"
                + field
                + "' contains a control character (U+"
                + String.format("%04X", (int) value.charAt(i))
                + ") at character "
                + (i + 1)
                + ": remove it (names and IDs hold no line breaks, tabs or NUL).");
      }
    }
    return Optional.empty();
  }

  /** The problem with a list of {@code size} entries in {@code field}, if it has too many. */
  public static Optional<String> listProblem(String field, int size) {
    return size <= LIST_ENTRIES
        ? Optional.empty()
        : Optional.of(
            "'"
                + field
                + "' has "
                + String.format("%,d", size)
                + " entries; CYNC accepts at most "
                + String.format("%,d", LIST_ENTRIES)
                + ": use a group instead of listing each user.");
  }

  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  /** {@code value} as an answer may quote it: at most 60 characters, control characters as '?'. */
  public static String shown(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < value.length() && i < SHOWN; i++) {
      char c = value.charAt(i);
      b.append(isControl(c) ? '?' : c);
    }
    return value.length() > SHOWN ? b + "…" : b.toString();
  }
}
