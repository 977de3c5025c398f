package org.cync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every path the rules can report has a page label, and no message shows a JSON path. */
class SettingsLabelsTest {
  private static final Instant NOW = Instant.parse("2026-12-06T17:00:00Z");

  private static List<String> paths() {
    List<String> out = new ArrayList<>();
    SyncSettingsJson.leaves(SyncSettingsJson.tree(SyncOptions.defaults()), (p, v) -> out.add(p));
    return out;
  }

  @Test
  void everySettingHasTheLabelOfItsField() {
    List<String> paths = paths();
    assertTrue(paths.size() > 40, "all leaves: " + paths);
    paths.forEach(p -> assertTrue(SettingsLabels.has(p), "no label for " + p));
    paths.stream()
        .map(p -> p.substring(0, Math.max(0, p.indexOf('.'))))
        .filter(p -> !p.isEmpty())
        .forEach(p -> assertTrue(SettingsLabels.has(p), "no label for the section " + p));
    assertEquals("Days between full reconciles", SettingsLabels.of("schedule.reconcileEveryDays"));
  }

  /** Each field given a value of the wrong kind, then each given a wrong value of its kind. */
  @Test
  void everyMessageNamesItsFieldAsThePageDoesNeverByItsPath() {
    Map<String, String> problems = new LinkedHashMap<>();
    for (String path : paths()) {
      for (JsonElement wrong : List.of(wrongKind(path), wrongValue(path))) {
        JsonObject doc = new JsonObject();
        SyncSettingsForm.put(doc, path, wrong);
        problems.putAll(SyncSettingsRules.check(doc, SyncOptions.defaults(), NOW).problems());
      }
    }
    JsonObject notObjects = new JsonObject();
    paths().stream()
        .filter(p -> p.contains("."))
        .forEach(p -> notObjects.addProperty(p.substring(0, p.indexOf('.')), 7));
    problems.putAll(SyncSettingsRules.check(notObjects, SyncOptions.defaults(), NOW).problems());
    assertTrue(problems.size() > 40, problems.toString());
    problems.forEach(
        (path, message) -> {
          assertTrue(SettingsLabels.has(path), "reported without a label: " + path);
          for (String p : paths()) {
            assertFalse(message.contains(p + " ") || message.contains("'" + p + "'"), message);
          }
          assertFalse(message.matches("(?s).*\\b[a-z]+\\.[a-z]+[A-Z]\\w*.*"), message);
        });
    JsonObject schedule = new JsonObject();
    schedule.addProperty("reconcileEveryDays", "weekly");
    JsonObject doc = new JsonObject();
    doc.add("schedule", schedule);
    assertEquals(
        "Days between full reconciles must be a whole number, like 7, not \"weekly\".",
        SyncSettingsRules.check(doc, SyncOptions.defaults(), NOW)
            .problems()
            .get("schedule.reconcileEveryDays"));
  }

  private static JsonElement wrongKind(String path) {
    JsonElement shape = shape(path);
    return shape.isJsonPrimitive() && shape.getAsJsonPrimitive().isString() || shape.isJsonNull()
        ? new JsonArray()
        : new JsonPrimitive("seven");
  }

  private static JsonElement wrongValue(String path) {
    JsonElement shape = shape(path);
    if (shape.isJsonPrimitive() && shape.getAsJsonPrimitive().isNumber()) {
      return new JsonPrimitive(-5);
    }
    if (shape.isJsonArray()) {
      JsonArray a = new JsonArray();
      a.add("not an id / with a slash");
      return a;
    }
    return new JsonPrimitive("x/y\u0000");
  }

  private static JsonElement shape(String path) {
    JsonElement at = SyncSettingsJson.tree(SyncOptions.defaults());
    for (String part : path.split("\\.")) {
      at = at.getAsJsonObject().get(part);
    }
    return at;
  }
}
