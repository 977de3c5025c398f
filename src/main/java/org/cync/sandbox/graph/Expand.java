package org.cync.sandbox.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses {@code $expand=a($filter=…),b} into navigation names with their nested $filter. */
public final class Expand {
  private final Map<String, String> items = new LinkedHashMap<>();

  private Expand() {}

  public static Expand parse(String text) {
    Expand e = new Expand();
    if (text == null || text.isBlank()) {
      return e;
    }
    for (String part : splitTop(text, ',')) {
      String p = part.trim();
      int open = p.indexOf('(');
      String name = (open < 0 ? p : p.substring(0, open)).trim().toLowerCase(Locale.ROOT);
      String filter = null;
      if (open >= 0) {
        if (!p.endsWith(")")) {
          throw GraphException.badRequest("BadRequest", "Invalid $expand: '" + text + "'");
        }
        for (String opt : splitTop(p.substring(open + 1, p.length() - 1), ';')) {
          int eq = opt.indexOf('=');
          if (eq > 0 && opt.substring(0, eq).trim().equalsIgnoreCase("$filter")) {
            filter = opt.substring(eq + 1).trim();
          }
        }
      }
      e.items.put(name, filter);
    }
    return e;
  }

  private static List<String> splitTop(String s, char sep) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == sep) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  public boolean has(String name) {
    return items.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** The nested $filter of an expanded navigation, or null. */
  public String filter(String name) {
    return items.get(name.toLowerCase(Locale.ROOT));
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  public java.util.Set<String> names() {
    return items.keySet();
  }
}
