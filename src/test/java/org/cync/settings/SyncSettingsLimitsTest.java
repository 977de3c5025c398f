package org.cync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every text and list of the sync settings is bounded and names are printable: a 20 MB entry is
 * refused by its field (and not quoted back), so it can never make the Sync page 20 MB.
 */
class SyncSettingsLimitsTest {
  private static Map<String, String> problems(JsonObject changes) {
    SyncSettingsRules.Outcome o = SyncSettingsRules.check(changes, SyncOptions.defaults());
    return o.problems();
  }

  private static JsonObject targets(String field, JsonArray values) {
    JsonObject targets = new JsonObject();
    targets.add(field, values);
    JsonObject doc = new JsonObject();
    doc.add("targets", targets);
    return doc;
  }

  @Test
  void aTwentyMegabyteListEntryIsRefusedByItsField() {
    JsonArray departments = new JsonArray();
    departments.add("Sales");
    departments.add("x".repeat(20 * 1024 * 1024));
    Map<String, String> p = problems(targets("departments", departments));
    assertEquals(
        "'Everyone in these departments, entry 2' has 20,971,520 characters; CYNC accepts at most 256 here:"
            + " shorten it.",
        p.get("targets.departments"));
    assertTrue(p.toString().length() < 1000);
  }

  @Test
  void tooManyEntriesAreRefused() {
    JsonArray ids = new JsonArray();
    for (int i = 0; i < 10_001; i++) {
      ids.add("user" + i + "@contoso.com");
    }
    assertTrue(
        problems(targets("userIds", ids))
            .get("targets.userIds")
            .startsWith("'These users' has 10,001 entries"));
  }

  @Test
  void aNulInTheFolderNameIsRefused() {
    JsonObject doc = new JsonObject();
    doc.addProperty("folderName", "Company\u0000Directory");
    assertEquals(
        "'Contact folder' contains a control character (U+0000) at character 8: remove it (names and"
            + " IDs hold no line breaks, tabs or NUL).",
        problems(doc).get("folderName"));
  }

  @Test
  void aLongWrongValueIsNotQuotedBackWhole() {
    JsonObject doc = new JsonObject();
    doc.addProperty("mailboxParallelism", "9".repeat(100_000));
    JsonArray groups = new JsonArray();
    for (int i = 0; i < 9_000; i++) {
      groups.add("not-a-guid-" + "y".repeat(200) + i);
    }
    doc.add("targets", targets("groupIds", groups).get("targets"));
    doc.addProperty("z".repeat(100_000), true);
    Map<String, String> p = problems(doc);
    assertTrue(p.toString().length() < 2000, p.toString().length() + " characters");
    assertTrue(p.get("targets.groupIds").endsWith(" and 8995 more"), p.get("targets.groupIds"));
  }
}
