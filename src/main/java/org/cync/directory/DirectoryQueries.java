package org.cync.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of the pickers' Graph queries, kept pure so that bounding and escaping are tested
 * without a tenant: a search term is bounded to a short run of name characters (a double quote or
 * backslash cannot be escaped inside Graph's {@code $search}, so they are refused), and an OData
 * string literal doubles its single quotes, so "O'Brien" is a name and never ends the literal.
 */
public final class DirectoryQueries {
  public static final int MIN_LENGTH = 2;
  public static final int MAX_LENGTH = 64;

  /** At most this many hits per search: a picker shows a short list, not a directory. */
  public static final int TOP = 20;

  /** IDs per {@code id in (...)} filter: Graph allows at most 15 values in an {@code in}. */
  static final int CHUNK = 15;

  static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,'&()@_+/-]+");

  /** The problem with the text typed, for the picker and the API's 400. */
  public static final String BAD_TERM =
      "search: type "
          + MIN_LENGTH
          + " to "
          + MAX_LENGTH
          + " characters of a name or mail address (letters, digits, spaces and . , ' & ( ) @ _ +"
          + " / -).";

  private DirectoryQueries() {}

  /** The typed text, trimmed with its inner spaces collapsed, or IllegalArgumentException. */
  public static String term(String typed) {
    String t = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    if (t.length() < MIN_LENGTH || t.length() > MAX_LENGTH || !ALLOWED.matcher(t).matches()) {
      throw new IllegalArgumentException(BAD_TERM);
    }
    return t;
  }

  /** {@code "displayName:t" OR "mail:t"} for {@code $search}; the term comes from {@link #term}. */
  static String search(String term, String... properties) {
    List<String> parts = new ArrayList<>();
    for (String p : properties) {
      parts.add("\"" + p + ":" + term + "\"");
    }
    return String.join(" OR ", parts);
  }

  /** An OData string literal: in quotes, each single quote doubled. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** {@code id in ('a','b')} for one chunk of object IDs. */
  static String idsIn(Collection<String> ids) {
    List<String> quoted = new ArrayList<>();
    ids.forEach(id -> quoted.add(literal(id)));
    return "id in (" + String.join(",", quoted) + ")";
  }

  /** The distinct object IDs among the values (UPNs and blanks left out), in chunks of 15. */
  static List<List<String>> chunks(Collection<String> values) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && isGuid(v.strip())) {
        ids.add(v.strip().toLowerCase(Locale.ROOT));
      }
    }
    List<List<String>> out = new ArrayList<>();
    List<String> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += CHUNK) {
      out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return out;
  }

  public static boolean isGuid(String s) {
    return s != null && GUID.matcher(s).matches();
  }
}
