package org.cync.settings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Sync settings page's fields, keyed by the document's dotted paths: check boxes, and text
 * (numbers and lists too, one entry per line), so every judgement, including "not a number", is
 * left to {@link SyncSettingsRules} and shown beside its field. The source's excluded users are one
 * field on the page and two lists in the document (object IDs, user principal names).
 */
public final class SyncSettingsForm implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String EXCLUDED_IDS = "sources.excludedUserIds";
  static final String EXCLUDED_UPNS = "sources.excludedUpns";
  static final String EXCLUDED = "sources.excludedUsers";

  private final HashMap<String, String> text = new HashMap<>();
  private final HashMap<String, Boolean> checks = new HashMap<>();

  static SyncSettingsForm of(SyncOptions options) {
    SyncSettingsForm form = new SyncSettingsForm();
    SyncSettingsJson.leaves(
        SyncSettingsJson.tree(options),
        (path, v) -> {
          if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) {
            form.checks.put(path, v.getAsBoolean());
          } else if (v.isJsonArray()) {
            form.text.put(path, lines(v.getAsJsonArray()));
          } else {
            form.text.put(path, v.isJsonNull() ? "" : v.getAsString());
          }
        });
    String ids = form.text.remove(EXCLUDED_IDS);
    String upns = form.text.remove(EXCLUDED_UPNS);
    form.text.put(EXCLUDED, (ids + "\n" + upns).strip());
    return form;
  }

  /** The whole document as the page shows it. */
  JsonObject toDocument() {
    JsonObject doc = new JsonObject();
    SyncSettingsJson.leaves(
        SyncSettingsJson.tree(SyncOptions.defaults()),
        (path, shape) -> put(doc, path, value(path, shape)));
    JsonArray ids = new JsonArray();
    JsonArray upns = new JsonArray();
    for (String line : text.getOrDefault(EXCLUDED, "").split("\\R")) {
      (SyncSettingsRules.GUID.matcher(line.strip()).matches() ? ids : upns).add(line);
    }
    put(doc, EXCLUDED_IDS, ids);
    put(doc, EXCLUDED_UPNS, upns);
    return doc;
  }

  private JsonElement value(String path, JsonElement shape) {
    if (shape.isJsonPrimitive() && shape.getAsJsonPrimitive().isBoolean()) {
      return new JsonPrimitive(Boolean.TRUE.equals(checks.get(path)));
    }
    // A drop-down's "none" submits null into the map, not "" (the weekly reconcile's day).
    String v = java.util.Objects.requireNonNullElse(text.get(path), "");
    if (shape.isJsonArray()) {
      JsonArray a = new JsonArray();
      for (String line : v.split("\\R")) {
        a.add(line);
      }
      return a;
    }
    if (shape.isJsonPrimitive() && shape.getAsJsonPrimitive().isNumber()) {
      try {
        return new JsonPrimitive(Long.parseLong(v.strip()));
      } catch (NumberFormatException notANumber) {
        return new JsonPrimitive(v);
      }
    }
    return new JsonPrimitive(v);
  }

  /** Sets {@code value} at a dotted path ("schedule.everyMinutes"), creating objects on the way. */
  static void put(JsonObject doc, String path, JsonElement value) {
    String[] parts = path.split("\\.");
    JsonObject at = doc;
    for (int i = 0; i < parts.length - 1; i++) {
      if (!at.has(parts[i])) {
        at.add(parts[i], new JsonObject());
      }
      at = at.getAsJsonObject(parts[i]);
    }
    at.add(parts[parts.length - 1], value);
  }

  private static String lines(JsonArray a) {
    StringBuilder b = new StringBuilder();
    a.forEach(v -> b.append(b.length() == 0 ? "" : "\n").append(v.getAsString()));
    return b.toString();
  }

  /** A list field as a picker edits it: one value per line of its text. */
  public Picked pick(String path) {
    return new Picked(path);
  }

  /** Every value in the list fields a picker edits (for naming saved IDs in one go). */
  public List<String> pickedValues(String... paths) {
    List<String> all = new ArrayList<>();
    for (String p : paths) {
      all.addAll(pick(p).getValues());
    }
    return all;
  }

  /** The values of one list field; a picker's value binding (a list, as PrimeFaces needs). */
  public final class Picked implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String path;

    Picked(String path) {
      this.path = path;
    }

    public List<String> getValues() {
      List<String> out = new ArrayList<>();
      for (String line : Objects.requireNonNullElse(text.get(path), "").split("\\R")) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
      return out;
    }

    public void setValues(List<String> values) {
      text.put(path, values == null ? "" : String.join("\n", values));
    }
  }

  /** The page's component ID for a document path (IDs cannot hold dots). */
  static String componentId(String path) {
    String p = path.equals(EXCLUDED_IDS) || path.equals(EXCLUDED_UPNS) ? EXCLUDED : path;
    // The target groups' picker keeps the id a browser test (and a bookmark) knows it by.
    return p.equals("targets.groupIds") ? "targets_groups" : p.replace('.', '_');
  }

  public Map<String, String> getText() {
    return text;
  }

  public Map<String, Boolean> getChecks() {
    return checks;
  }
}
