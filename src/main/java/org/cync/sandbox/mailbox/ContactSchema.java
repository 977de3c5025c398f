package org.cync.sandbox.mailbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cync.sandbox.graph.GraphException;

/**
 * The v1.0 contact: every writable property with its type, the order Exchange writes them in, the
 * defaults of a fresh contact, and Exchange's collection limits (3 emailAddresses, 2
 * businessPhones, 2 homePhones) enforced with 400.
 */
public final class ContactSchema {
  enum Type {
    STRING,
    STRINGS,
    EMAILS,
    EMAIL,
    ADDRESS,
    DATETIME
  }

  static final Map<String, Type> PROPS = new LinkedHashMap<>();
  static final Set<String> READ_ONLY =
      Set.of(
          "id",
          "changeKey",
          "createdDateTime",
          "lastModifiedDateTime",
          "parentFolderId",
          "@odata.etag",
          "@odata.context",
          "@odata.type",
          "photo",
          "multiValueExtendedProperties");
  static final Map<String, Integer> LIMITS =
      Map.of("emailAddresses", 3, "businessPhones", 2, "homePhones", 2);

  static {
    PROPS.put("categories", Type.STRINGS);
    PROPS.put("birthday", Type.DATETIME);
    PROPS.put("fileAs", Type.STRING);
    PROPS.put("displayName", Type.STRING);
    PROPS.put("givenName", Type.STRING);
    PROPS.put("initials", Type.STRING);
    PROPS.put("middleName", Type.STRING);
    PROPS.put("nickName", Type.STRING);
    PROPS.put("surname", Type.STRING);
    PROPS.put("title", Type.STRING);
    PROPS.put("yomiGivenName", Type.STRING);
    PROPS.put("yomiSurname", Type.STRING);
    PROPS.put("yomiCompanyName", Type.STRING);
    PROPS.put("generation", Type.STRING);
    PROPS.put("imAddresses", Type.STRINGS);
    PROPS.put("jobTitle", Type.STRING);
    PROPS.put("companyName", Type.STRING);
    PROPS.put("department", Type.STRING);
    PROPS.put("officeLocation", Type.STRING);
    PROPS.put("profession", Type.STRING);
    PROPS.put("businessHomePage", Type.STRING);
    PROPS.put("assistantName", Type.STRING);
    PROPS.put("manager", Type.STRING);
    PROPS.put("homePhones", Type.STRINGS);
    PROPS.put("mobilePhone", Type.STRING);
    PROPS.put("businessPhones", Type.STRINGS);
    PROPS.put("spouseName", Type.STRING);
    PROPS.put("personalNotes", Type.STRING);
    PROPS.put("children", Type.STRINGS);
    PROPS.put("emailAddresses", Type.EMAILS);
    PROPS.put("primaryEmailAddress", Type.EMAIL);
    PROPS.put("secondaryEmailAddress", Type.EMAIL);
    PROPS.put("tertiaryEmailAddress", Type.EMAIL);
    PROPS.put("homeAddress", Type.ADDRESS);
    PROPS.put("businessAddress", Type.ADDRESS);
    PROPS.put("otherAddress", Type.ADDRESS);
  }

  private ContactSchema() {}

  /** Canonical property name for a case-insensitive one, or null. */
  static String canonical(String name) {
    for (String p : PROPS.keySet()) {
      if (p.equalsIgnoreCase(name)) {
        return p;
      }
    }
    for (String p : READ_ONLY) {
      if (p.equalsIgnoreCase(name)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Validates a create/update body and merges its writable properties into target. Unknown
   * properties are ignored (contact is an open type); read-only ones too.
   */
  static void merge(JsonObject body, JsonObject target) {
    for (Map.Entry<String, JsonElement> e : body.entrySet()) {
      String name = e.getKey();
      Type t = PROPS.get(name);
      if (t == null) {
        continue;
      }
      JsonElement v = e.getValue();
      if (v == null || v.isJsonNull()) {
        target.remove(name);
        continue;
      }
      target.add(name, normalize(name, t, v));
    }
  }

  private static JsonElement normalize(String name, Type t, JsonElement v) {
    switch (t) {
      case STRING:
        if (!v.isJsonPrimitive()) {
          throw convert(v, "Edm.String");
        }
        return v;
      case DATETIME:
        if (!v.isJsonPrimitive()) {
          throw convert(v, "Edm.DateTimeOffset");
        }
        return new com.google.gson.JsonPrimitive(dateTime(v.getAsString()));
      case STRINGS:
      case EMAILS:
        if (!v.isJsonArray()) {
          throw GraphException.badRequest(
              "RequestBodyRead",
              "An unexpected '"
                  + kind(v)
                  + "' node was found when reading from the JSON reader. A 'StartArray' node was expected.");
        }
        JsonArray a = v.getAsJsonArray();
        Integer max = LIMITS.get(name);
        if (max != null && a.size() > max) {
          throw GraphException.badRequest(
              "ErrorInvalidArgument",
              "The multi value property "
                  + Character.toUpperCase(name.charAt(0))
                  + name.substring(1)
                  + " has "
                  + a.size()
                  + " entries, that exceeds the max allowed value of "
                  + max);
        }
        JsonArray out = new JsonArray();
        for (JsonElement i : a) {
          out.add(t == Type.EMAILS ? email(i) : string(i));
        }
        return out;
      case EMAIL:
        return email(v);
      default:
        return address(v);
    }
  }

  private static JsonElement string(JsonElement i) {
    if (!i.isJsonNull() && !i.isJsonPrimitive()) {
      throw convert(i, "Edm.String");
    }
    return i;
  }

  private static JsonObject email(JsonElement i) {
    if (!i.isJsonObject()) {
      throw convert(i, "microsoft.graph.emailAddress");
    }
    JsonObject o = new JsonObject();
    for (String k : new String[] {"name", "address"}) {
      JsonElement x = i.getAsJsonObject().get(k);
      if (x != null && !x.isJsonNull()) {
        o.add(k, string(x));
      }
    }
    return o;
  }

  private static JsonObject address(JsonElement i) {
    if (!i.isJsonObject()) {
      throw convert(i, "microsoft.graph.physicalAddress");
    }
    JsonObject o = new JsonObject();
    for (String k : new String[] {"street", "city", "state", "countryOrRegion", "postalCode"}) {
      JsonElement x = i.getAsJsonObject().get(k);
      if (x != null && !x.isJsonNull()) {
        o.add(k, string(x));
      }
    }
    return o;
  }

  /** Accepts a date-time with offset (or a bare date) and writes it in UTC with seconds. */
  static String dateTime(String s) {
    try {
      return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
      } catch (DateTimeParseException e2) {
        throw GraphException.badRequest(
            "RequestBodyRead",
            "Cannot convert the literal '" + s + "' to the expected type 'Edm.DateTimeOffset'.");
      }
    }
  }

  private static GraphException convert(JsonElement v, String type) {
    return GraphException.badRequest(
        "RequestBodyRead",
        "Cannot convert a " + kind(v) + " value to the expected type '" + type + "'.");
  }

  private static String kind(JsonElement v) {
    return v.isJsonArray() ? "StartArray" : v.isJsonObject() ? "StartObject" : "PrimitiveValue";
  }

  /** The full entity as Exchange writes it: every property, null/[]/{} where unset. */
  static JsonObject render(
      String context,
      JsonObject data,
      String id,
      String changeKey,
      long created,
      long modified,
      String parentFolderId) {
    JsonObject o = new JsonObject();
    if (context != null) {
      o.addProperty("@odata.context", context);
    }
    o.addProperty("@odata.etag", "W/\"" + changeKey + "\"");
    o.addProperty("id", id);
    o.addProperty("createdDateTime", Instant.ofEpochSecond(created / 1000).toString());
    o.addProperty("lastModifiedDateTime", Instant.ofEpochSecond(modified / 1000).toString());
    o.addProperty("changeKey", changeKey);
    for (Map.Entry<String, Type> p : PROPS.entrySet()) {
      String name = p.getKey();
      o.add(name, value(data, name, p.getValue()));
      if (name.equals("categories")) {
        o.addProperty("parentFolderId", parentFolderId);
      }
    }
    return o;
  }

  /** A writable property as Exchange writes it: the stored value, or ""/[]/{}/null when unset. */
  static JsonElement value(JsonObject data, String name, Type type) {
    JsonElement v = data.get(name);
    if (v != null) {
      return v;
    }
    if (name.equals("fileAs") || name.equals("personalNotes")) {
      return new com.google.gson.JsonPrimitive("");
    }
    return switch (type) {
      case STRINGS, EMAILS -> new JsonArray();
      case ADDRESS -> new JsonObject();
      default -> JsonNull.INSTANCE;
    };
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
