package org.cync.settings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cync.limits.TextLimits;

/**
 * Reads typed values out of a settings document by dotted path, noting one problem per field
 * instead of throwing, so every mistake in a document is reported at once. A value of the wrong
 * type gives the caller's fallback.
 */
final class SettingsFields {
  private final JsonObject root;
  private final Map<String, String> problems = new LinkedHashMap<>();

  SettingsFields(JsonObject root) {
    this.root = root;
  }

  Map<String, String> problems() {
    return problems;
  }

  void problem(String path, String message) {
    problems.putIfAbsent(path, message);
  }

  boolean bool(String path, boolean fallback) {
    JsonElement v = get(path);
    if (v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) {
      return v.getAsBoolean();
    }
    if (v != null) {
      problem(path, label(path) + " must be true or false, not " + shown(v) + ".");
    }
    return fallback;
  }

  /** A whole number; anything else is a problem and gives {@code fallback}. */
  int number(String path, int fallback) {
    JsonElement v = get(path);
    if (v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
      BigDecimal d = v.getAsBigDecimal();
      try {
        return d.intValueExact();
      } catch (ArithmeticException notWhole) {
        // reported below
      }
    }
    if (v != null) {
      problem(
          path,
          label(path) + " must be a whole number, like " + fallback + ", not " + shown(v) + ".");
    }
    return fallback;
  }

  /**
   * A whole number from {@code min} to {@code max}; one outside is reported as {@code message}
   * followed by the value, and gives {@code fallback}.
   */
  int inRange(String path, int fallback, int min, int max, String message) {
    int v = number(path, fallback);
    if (v < min || v > max) {
      problem(path, message + v + ".");
      return fallback;
    }
    return v;
  }

  /**
   * One of an enum's names, ignoring case; null gives {@code ifNull}, anything else is reported as
   * {@code message} followed by the value, and gives {@code fallback}.
   */
  <E extends Enum<E>> E choice(String path, E fallback, E ifNull, String message) {
    String v = text(path, fallback.name());
    try {
      return v == null
          ? ifNull
          : Enum.valueOf(fallback.getDeclaringClass(), v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(path, message + "'" + v + "'.");
      return fallback;
    }
  }

  /** Text, trimmed; null for a JSON null. */
  String text(String path, String fallback) {
    JsonElement v = get(path);
    if (v == null) {
      return fallback;
    }
    if (v.isJsonNull()) {
      return null;
    }
    if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
      String text = v.getAsString().strip();
      Optional<String> bad = TextLimits.problem(label(path), text, TextLimits.NAME);
      if (bad.isPresent()) {
        problem(path, bad.get());
        return fallback;
      }
      return text;
    }
    problem(path, label(path) + " must be text, not " + shown(v) + ".");
    return fallback;
  }

  /**
   * A list of text: trimmed, blank entries dropped, duplicates (ignoring case) dropped, first kept.
   * One text value counts as a list of one; {@code fallback} when absent.
   */
  List<String> list(String path, Collection<String> fallback) {
    JsonElement v = get(path);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return new ArrayList<>(fallback);
    }
    if (v.isJsonNull()) {
      return out;
    }
    JsonArray items = v.isJsonArray() ? v.getAsJsonArray() : new JsonArray();
    if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
      items.add(v);
    } else if (!v.isJsonArray()) {
      problem(
          path,
          label(path) + " must be a list of text, like [\"a\", \"b\"], not " + shown(v) + ".");
    }
    Optional<String> tooMany = TextLimits.listProblem(label(path), items.size());
    if (tooMany.isPresent()) {
      problem(path, tooMany.get());
      return new ArrayList<>(fallback);
    }
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (JsonElement item : items) {
      n++;
      if (!(item instanceof JsonPrimitive p) || !p.isString()) {
        problem(
            path,
            label(path) + " must be a list of text, like [\"a\", \"b\"]: " + shown(item) + ".");
        continue;
      }
      String s = p.getAsString().strip();
      Optional<String> bad = TextLimits.problem(label(path) + ", entry " + n, s, TextLimits.NAME);
      if (bad.isPresent()) {
        problem(path, bad.get());
        continue;
      }
      if (!s.isEmpty() && seen.add(s.toLowerCase(Locale.ROOT))) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The value at {@code path}, or null when it is absent; a parent that is not an object is
   * reported once under the parent's path.
   */
  private JsonElement get(String path) {
    String[] parts = path.split("\\.");
    JsonElement at = root;
    StringBuilder walked = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      walked.append(i == 0 ? "" : ".").append(parts[i]);
      at = at.getAsJsonObject().get(parts[i]);
      if (at == null || at.isJsonNull()) {
        return null;
      }
      if (!at.isJsonObject()) {
        problem(
            walked.toString(),
            label(walked.toString()) + " must be an object, like {...}, not " + shown(at) + ".");
        return null;
      }
    }
    return at.getAsJsonObject().get(parts[parts.length - 1]);
  }

  /** A value as a message may quote it (never the 20 MB it may be). */
  static String shown(JsonElement v) {
    return TextLimits.shown(v.toString());
  }

  private static String label(String path) {
    return SettingsLabels.of(path);
  }
}
