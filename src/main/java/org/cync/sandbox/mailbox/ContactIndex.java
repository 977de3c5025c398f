package org.cync.sandbox.mailbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mailbox's lookup of contacts by key, the documented way to find a synced contact: by extension
 * name, and by extended property id and value (both case-insensitive). Kept on create, save and
 * delete (callers hold the mailbox lock); a list query that is exactly one such lookup reads only
 * the candidates, which it still checks against the full filter.
 */
final class ContactIndex {
  private static final Pattern EXTENSION =
      Pattern.compile(
          "(?i)\\s*extensions/any\\(\\s*(\\w+)\\s*:\\s*\\1/id\\s+eq\\s+'([^']*)'\\s*\\)\\s*");
  private static final Pattern PROPERTY =
      Pattern.compile(
          "(?i)\\s*singleValueExtendedProperties/any\\(\\s*(\\w+)\\s*:\\s*\\1/id\\s+eq\\s+'([^']*)'"
              + "\\s+and\\s+\\1/value\\s+eq\\s+'([^']*)'\\s*\\)\\s*");
  private final Map<String, Set<Long>> byKey = new HashMap<>();

  void add(long number, JsonObject data) {
    for (String k : keys(data)) {
      byKey.computeIfAbsent(k, x -> new HashSet<>()).add(number);
    }
  }

  void remove(long number, JsonObject data) {
    remove(number, keys(data));
  }

  void remove(long number, Set<String> keys) {
    for (String k : keys) {
      Set<Long> s = byKey.get(k);
      if (s != null && s.remove(number) && s.isEmpty()) {
        byKey.remove(k);
      }
    }
  }

  /** The contact numbers a filter can match, ascending; null when the filter is not a lookup. */
  TreeSet<Long> candidates(String filter) {
    String key = null;
    Matcher e = EXTENSION.matcher(filter);
    Matcher p = PROPERTY.matcher(filter);
    if (e.matches()) {
      key = extensionKey(e.group(2));
    } else if (p.matches()) {
      key = propertyKey(p.group(2), p.group(3));
    }
    return key == null ? null : new TreeSet<>(byKey.getOrDefault(key, Set.of()));
  }

  /** The lookup keys of a contact's data: its extension names and extended property values. */
  static Set<String> keys(JsonObject data) {
    Set<String> out = new HashSet<>();
    JsonElement exts = data.get("extensions");
    if (exts != null && exts.isJsonArray()) {
      for (JsonElement x : exts.getAsJsonArray()) {
        out.add(extensionKey(x.getAsJsonObject().get("extensionName").getAsString()));
      }
    }
    JsonElement props = data.get("singleValueExtendedProperties");
    if (props != null && props.isJsonArray()) {
      for (JsonElement x : props.getAsJsonArray()) {
        JsonObject o = x.getAsJsonObject();
        if (o.has("id") && o.has("value") && o.get("value").isJsonPrimitive()) {
          out.add(propertyKey(o.get("id").getAsString(), o.get("value").getAsString()));
        }
      }
    }
    return out;
  }

  private static String extensionKey(String id) {
    String name =
        id.regionMatches(true, 0, ContactView.EXT_PREFIX, 0, ContactView.EXT_PREFIX.length())
            ? id.substring(ContactView.EXT_PREFIX.length())
            : id;
    return "e\u0000" + name.toLowerCase(Locale.ROOT);
  }

  private static String propertyKey(String id, String value) {
    return "p\u0000" + id.toLowerCase(Locale.ROOT) + "\u0000" + value.toLowerCase(Locale.ROOT);
  }
}
