package org.cync.trial;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One contact as a phone lists it: under its file-as name (else the display name), with a photo or
 * the initials, and the details a tap opens.
 */
public record PhoneContact(
    String id,
    String name,
    String initials,
    String photo,
    List<String> mobile,
    List<String> business,
    List<String> mail,
    String company,
    String department,
    String jobTitle,
    String address) {

  /** The name a phone sorts and shows by: fileAs, else displayName, else the mail address. */
  static String fileAs(JsonObject stored) {
    String f = str(stored, "fileAs");
    if (f == null || f.isBlank()) {
      f = str(stored, "displayName");
    }
    if (f == null || f.isBlank()) {
      List<String> mails = mails(stored);
      f = mails.isEmpty() ? "(no name)" : mails.get(0);
    }
    return f.strip();
  }

  static PhoneContact of(String id, JsonObject stored, byte[] photo) {
    String name = fileAs(stored);
    return new PhoneContact(
        id,
        name,
        initials(name),
        photo == null
            ? null
            : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(photo),
        strings(stored, "mobilePhone"),
        strings(stored, "businessPhones"),
        mails(stored),
        str(stored, "companyName"),
        str(stored, "department"),
        str(stored, "jobTitle"),
        address(stored));
  }

  /** Sorted as a phone sorts: by file-as name, case- and accent-insensitively. */
  static List<PhoneContact> sorted(List<PhoneContact> contacts) {
    Collator c = Collator.getInstance(Locale.ROOT);
    c.setStrength(Collator.PRIMARY);
    List<PhoneContact> out = new ArrayList<>(contacts);
    out.sort(Comparator.comparing(PhoneContact::name, c).thenComparing(PhoneContact::id));
    return out;
  }

  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String part : name.split("[\\s,]+")) {
      if (!part.isEmpty() && Character.isLetterOrDigit(part.codePointAt(0)) && b.length() < 2) {
        b.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
      }
    }
    return b.isEmpty() ? "?" : b.toString();
  }

  private static String address(JsonObject stored) {
    JsonElement a = stored.get("businessAddress");
    if (a == null || !a.isJsonObject()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String p : List.of("street", "postalCode", "city", "state", "countryOrRegion")) {
      String v = str(a.getAsJsonObject(), p);
      if (v != null && !v.isBlank()) {
        parts.add(v);
      }
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static List<String> mails(JsonObject stored) {
    List<String> out = new ArrayList<>();
    JsonElement e = stored.get("emailAddresses");
    if (e != null && e.isJsonArray()) {
      for (JsonElement m : e.getAsJsonArray()) {
        String a = m.isJsonObject() ? str(m.getAsJsonObject(), "address") : null;
        if (a != null && !a.isBlank()) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private static List<String> strings(JsonObject o, String name) {
    JsonElement e = o.get(name);
    List<String> out = new ArrayList<>();
    if (e == null || e.isJsonNull()) {
      return out;
    }
    JsonArray a = e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
    if (!e.isJsonArray()) {
      a.add(e);
    }
    a.forEach(
        x -> {
          if (!x.isJsonNull() && !x.getAsString().isBlank()) {
            out.add(x.getAsString());
          }
        });
    return out;
  }

  private static String str(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
  }

  public boolean hasPhoto() {
    return photo != null;
  }
}
