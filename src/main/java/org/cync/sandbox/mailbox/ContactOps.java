package org.cync.sandbox.mailbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;
import java.util.regex.Pattern;
import org.cync.sandbox.graph.GraphException;

/**
 * Contact writes inside one mailbox (callers hold the mailbox lock): create with inline extensions
 * and extended properties, PATCH (only supplied properties change), delete with a tombstone for
 * delta, open extensions, and photos. Every write bumps version and changeKey.
 */
final class ContactOps {
  private static final Pattern EXTENDED_ID =
      Pattern.compile(
          "(?i)^(String|Integer|Boolean|SystemTime|Double|Long|Short|Binary|Currency|Guid|Float)"
              + " (\\{[0-9a-f-]{36}\\} (Name \\S.*|Id 0x[0-9a-f]{1,4})|0x[0-9a-f]{1,4})$");

  private ContactOps() {}

  static Written create(Mailbox m, ContactFolder f, JsonObject body, long now) {
    JsonObject data = new JsonObject();
    ContactSchema.merge(body, data);
    if (!data.has("displayName")) {
      String dn =
          String.join(
                  " ",
                  java.util.stream.Stream.of("givenName", "middleName", "surname")
                      .filter(data::has)
                      .map(k -> data.get(k).getAsString())
                      .toList())
              .trim();
      if (!dn.isEmpty()) {
        data.addProperty("displayName", dn);
      }
    }
    if (body.has("extensions")) {
      JsonArray exts = new JsonArray();
      JsonElement given = body.get("extensions");
      if (!given.isJsonArray()) {
        throw GraphException.badRequest(
            "RequestBodyRead", "A 'StartArray' node was expected for 'extensions'.");
      }
      for (JsonElement e : given.getAsJsonArray()) {
        JsonObject ext = extension(e);
        for (JsonElement x : exts) {
          if (sameName(x.getAsJsonObject(), ext)) {
            throw duplicateExtension();
          }
        }
        exts.add(ext);
      }
      data.add("extensions", exts);
    }
    mergeExtendedProps(body, data);
    StoredContact c = new StoredContact(m.nextNumber++, f.number, now, data);
    m.contacts.put(c.number, c);
    m.index.add(c.number, data);
    f.items.put(c.number, c);
    f.touch(c, ++m.seq);
    return new Written(c, data);
  }

  /** A stored contact with the data just written (so the response need not parse it again). */
  record Written(StoredContact contact, JsonObject data) {}

  static JsonObject patch(Mailbox m, StoredContact c, JsonObject body, long now) {
    if (body.has("extensions")) {
      throw GraphException.badRequest(
          "ErrorInvalidRequest",
          "Navigation property 'extensions' cannot be updated with the item; use its /extensions endpoint.");
    }
    JsonObject data = m.data(c);
    Set<String> before = ContactIndex.keys(data);
    ContactSchema.merge(body, data);
    mergeExtendedProps(body, data);
    save(m, c, before, data, now);
    return data;
  }

  /**
   * Stores changed data; before = the index keys of the data as it was (taken before changing it,
   * so the old blob need not be parsed again).
   */
  static void save(Mailbox m, StoredContact c, Set<String> before, JsonObject data, long now) {
    m.index.remove(c.number, before);
    c.setData(data);
    m.index.add(c.number, data);
    touch(m, c, now);
  }

  /** A new version without a change to the stored properties (e.g. a new photo). */
  static void touch(Mailbox m, StoredContact c, long now) {
    c.version++;
    c.modifiedMillis = Math.max(now, c.modifiedMillis);
    m.folders.get(c.folder).touch(c, ++m.seq);
  }

  static void delete(Mailbox m, StoredContact c) {
    m.contacts.remove(c.number);
    m.index.remove(c.number, m.data(c));
    ContactFolder f = m.folders.get(c.folder);
    f.items.remove(c.number);
    f.tombstone(c, ++m.seq);
  }

  private static void mergeExtendedProps(JsonObject body, JsonObject data) {
    JsonElement given = body.get("singleValueExtendedProperties");
    if (given == null || given.isJsonNull()) {
      return;
    }
    if (!given.isJsonArray()) {
      throw GraphException.badRequest("RequestBodyRead", "A 'StartArray' node was expected.");
    }
    JsonArray stored =
        data.has("singleValueExtendedProperties")
            ? data.getAsJsonArray("singleValueExtendedProperties")
            : new JsonArray();
    for (JsonElement e : given.getAsJsonArray()) {
      JsonObject p = e.isJsonObject() ? e.getAsJsonObject() : null;
      String id = p == null || !p.has("id") ? null : p.get("id").getAsString();
      if (id == null || !EXTENDED_ID.matcher(id).matches()) {
        throw GraphException.badRequest(
            "ErrorInvalidProperty", "The extended property id '" + id + "' is not valid.");
      }
      JsonObject entry = new JsonObject();
      entry.addProperty("id", id);
      entry.add("value", p.has("value") ? p.get("value") : com.google.gson.JsonNull.INSTANCE);
      for (int i = 0; i < stored.size(); i++) {
        if (stored.get(i).getAsJsonObject().get("id").getAsString().equals(id)) {
          stored.remove(i);
          break;
        }
      }
      stored.add(entry);
    }
    data.add("singleValueExtendedProperties", stored);
  }

  /** Validates an open extension body and returns its stored form (extensionName + values). */
  static JsonObject extension(JsonElement e) {
    if (!e.isJsonObject()) {
      throw GraphException.badRequest("RequestBodyRead", "An extension must be a JSON object.");
    }
    JsonObject in = e.getAsJsonObject();
    String type = in.has("@odata.type") ? in.get("@odata.type").getAsString() : "";
    if (!type.replace("#", "").equalsIgnoreCase("microsoft.graph.openTypeExtension")) {
      throw GraphException.badRequest(
          "RequestBodyRead",
          "An extension must have '@odata.type' 'microsoft.graph.openTypeExtension'.");
    }
    String name = in.has("extensionName") ? in.get("extensionName").getAsString() : "";
    if (name.isBlank() || name.toLowerCase().startsWith("com.microsoft") || name.contains(" ")) {
      throw GraphException.badRequest(
          "ErrorInvalidArgument", "The extension name '" + name + "' is not valid.");
    }
    JsonObject out = new JsonObject();
    out.addProperty("extensionName", name);
    in.entrySet()
        .forEach(
            x -> {
              String k = x.getKey();
              if (!k.startsWith("@") && !k.equals("extensionName") && !k.equals("id")) {
                out.add(k, x.getValue());
              }
            });
    return out;
  }

  static boolean sameName(JsonObject stored, JsonObject other) {
    return stored
        .get("extensionName")
        .getAsString()
        .equalsIgnoreCase(other.get("extensionName").getAsString());
  }

  /** Finds a stored extension by its id (long or short form); index or -1. */
  static int findExtension(JsonObject data, String id) {
    if (!data.has("extensions")) {
      return -1;
    }
    String name =
        id.regionMatches(true, 0, ContactView.EXT_PREFIX, 0, ContactView.EXT_PREFIX.length())
            ? id.substring(ContactView.EXT_PREFIX.length())
            : id;
    JsonArray a = data.getAsJsonArray("extensions");
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).getAsJsonObject().get("extensionName").getAsString().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  static GraphException duplicateExtension() {
    return new GraphException(
        409, "NameAlreadyExists", "An extension with this name already exists on the item.");
  }
}
