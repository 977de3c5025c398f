package org.cync.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.cync.limits.TextLimits;

/**
 * The one JSON shape of {@link SyncOptions}, in Derby and in the API: Gson's record layout with
 * lists sorted (sets have no order, documents and audit lines should), and the deep merge that lets
 * a document name only what it changes.
 */
final class SyncSettingsJson {
  static final Gson GSON = new GsonBuilder().serializeNulls().create();

  private SyncSettingsJson() {}

  static JsonObject tree(SyncOptions options) {
    JsonObject tree = GSON.toJsonTree(options).getAsJsonObject();
    sortLists(tree);
    return tree;
  }

  static String toJson(SyncOptions options) {
    return GSON.toJson(tree(options));
  }

  /** A document as an object; nothing (or blank) is the empty document. */
  static JsonObject parse(String json) {
    if (json == null || json.isBlank()) {
      return new JsonObject();
    }
    JsonElement e = JsonParser.parseString(json);
    if (e.isJsonNull()) {
      return new JsonObject();
    }
    if (!e.isJsonObject()) {
      throw new JsonParseException(
          "Sync settings are one JSON object, like {\"mailboxParallelism\": 64}.");
    }
    return e.getAsJsonObject();
  }

  /**
   * {@code base} with {@code changes} on top: nested objects merge field by field, other values
   * replace. A null replaces text and lists (category none, list empty) but never an object, a
   * number or true/false: there it means "not given".
   */
  static JsonObject merge(JsonObject base, JsonObject changes) {
    JsonObject out = base.deepCopy();
    for (Map.Entry<String, JsonElement> e : changes.entrySet()) {
      JsonElement was = out.get(e.getKey());
      JsonElement now = e.getValue();
      if (was != null && was.isJsonObject() && now.isJsonObject()) {
        out.add(e.getKey(), merge(was.getAsJsonObject(), now.getAsJsonObject()));
      } else if (!now.isJsonNull() || !keepsOnNull(was)) {
        out.add(e.getKey(), now.deepCopy());
      }
    }
    return out;
  }

  private static boolean keepsOnNull(JsonElement was) {
    return was != null
        && (was.isJsonObject() || was.isJsonPrimitive() && !was.getAsJsonPrimitive().isString());
  }

  /** Reports every field of {@code document} that {@code shape} does not have, by its path. */
  static void unknownFields(
      JsonObject document, JsonObject shape, String prefix, BiConsumer<String, String> report) {
    for (Map.Entry<String, JsonElement> e : document.entrySet()) {
      String path = prefix + TextLimits.shown(e.getKey());
      JsonElement known = shape.get(e.getKey());
      if (known == null) {
        report.accept(
            path,
            "Unknown setting '"
                + path
                + "': check its spelling against GET /api/sync-settings, which lists them all.");
      } else if (known.isJsonObject() && e.getValue().isJsonObject()) {
        unknownFields(e.getValue().getAsJsonObject(), known.getAsJsonObject(), path + ".", report);
      }
    }
  }

  /** Every leaf by its dotted path, as an audit line shows it ("(none)" for null and []). */
  static Map<String, String> flatten(JsonObject tree) {
    Map<String, String> out = new LinkedHashMap<>();
    leaves(tree, (path, v) -> out.put(path, display(v)));
    return out;
  }

  /** Calls {@code visit} with each value that is not an object, by its dotted path. */
  static void leaves(JsonObject tree, BiConsumer<String, JsonElement> visit) {
    leaves(tree, "", visit);
  }

  private static void leaves(JsonObject o, String prefix, BiConsumer<String, JsonElement> visit) {
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      if (e.getValue().isJsonObject()) {
        leaves(e.getValue().getAsJsonObject(), prefix + e.getKey() + ".", visit);
      } else {
        visit.accept(prefix + e.getKey(), e.getValue());
      }
    }
  }

  static String display(JsonElement v) {
    if (v.isJsonNull() || v.isJsonArray() && v.getAsJsonArray().isEmpty()) {
      return "(none)";
    }
    if (v.isJsonArray()) {
      List<String> items = new ArrayList<>();
      v.getAsJsonArray().forEach(i -> items.add(i.isJsonPrimitive() ? i.getAsString() : "" + i));
      return String.join(", ", items);
    }
    return v.getAsString();
  }

  private static void sortLists(JsonObject o) {
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      if (e.getValue().isJsonObject()) {
        sortLists(e.getValue().getAsJsonObject());
      } else if (e.getValue().isJsonArray()) {
        List<String> items = new ArrayList<>();
        e.getValue().getAsJsonArray().forEach(i -> items.add(i.getAsString()));
        items.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        JsonArray sorted = new JsonArray();
        items.forEach(sorted::add);
        e.setValue(sorted);
      }
    }
  }
}
