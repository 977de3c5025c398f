package org.cync.trial;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The user fields the Directory page edits, with Entra's limits: the page's label, the Graph
 * property, the longest value, and the check that keeps a phone number a phone number. Turns the
 * form into the property changes the sandbox's directory applies (and users/delta reports).
 */
final class UserEdit {
  record Field(String key, String label, String property, int max, boolean phone) {}

  static final List<Field> FIELDS =
      List.of(
          new Field("displayName", "Display name", "displayName", 256, false),
          new Field("givenName", "First name", "givenName", 64, false),
          new Field("surname", "Last name", "surname", 64, false),
          new Field("jobTitle", "Job title", "jobTitle", 128, false),
          new Field("department", "Department", "department", 64, false),
          new Field("companyName", "Company", "companyName", 64, false),
          new Field("officeLocation", "Office", "officeLocation", 128, false),
          new Field("mobilePhone", "Mobile phone", "mobilePhone", 64, true),
          new Field("businessPhone", "Business phone", "businessPhones", 64, true),
          new Field("city", "City", "city", 128, false));

  private static final Pattern PHONE = Pattern.compile("[+0-9 ()./\\-]*");

  /** The changes, or the problems (field label → message) when any value is not acceptable. */
  record Outcome(Map<String, JsonElement> changes, Map<String, String> problems) {}

  private UserEdit() {}

  static Outcome check(Map<String, String> form) {
    Map<String, JsonElement> changes = new LinkedHashMap<>();
    Map<String, String> problems = new LinkedHashMap<>();
    for (Field f : FIELDS) {
      if (!form.containsKey(f.key())) {
        continue;
      }
      String v = form.get(f.key()) == null ? "" : form.get(f.key()).strip();
      if (v.length() > f.max()) {
        problems.put(
            f.label(), f.label() + ": at most " + f.max() + " characters, please shorten it.");
      } else if (f.phone() && !PHONE.matcher(v).matches()) {
        problems.put(
            f.label(), f.label() + ": digits, spaces, + ( ) - . / only, e.g. +49 160 1234567.");
      } else if (v.chars().anyMatch(Character::isISOControl)) {
        problems.put(f.label(), f.label() + ": no line breaks or control characters, please.");
      } else if (f.key().equals("displayName") && v.isEmpty()) {
        problems.put(f.label(), f.label() + ": required; Entra ID needs a name for every user.");
      } else {
        changes.put(f.property(), value(f, v));
      }
    }
    return new Outcome(changes, problems);
  }

  private static JsonElement value(Field f, String v) {
    if (f.property().equals("businessPhones")) {
      JsonArray a = new JsonArray();
      if (!v.isEmpty()) {
        a.add(v);
      }
      return a;
    }
    return v.isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(v);
  }

  /** The form value of a stored property (the first business phone for businessPhones). */
  static String formValue(JsonElement stored) {
    if (stored == null || stored.isJsonNull()) {
      return "";
    }
    if (stored.isJsonArray()) {
      JsonArray a = stored.getAsJsonArray();
      return a.isEmpty() || a.get(0).isJsonNull() ? "" : a.get(0).getAsString();
    }
    return stored.getAsString();
  }
}
