package org.cync.sandbox.mailbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cync.sandbox.graph.ApiRequest;
import org.cync.sandbox.graph.Expand;
import org.cync.sandbox.graph.GraphException;
import org.cync.sandbox.graph.ODataFilter;

/**
 * How a request wants contacts shown: $select, and $expand of extensions or
 * singleValueExtendedProperties with their nested $filter. Also builds the JSON that $filter
 * lambdas (Extensions/any, singleValueExtendedProperties/Any) are evaluated against.
 */
final class ContactView {
  static final String EXT_PREFIX = "Microsoft.OutlookServices.OpenTypeExtension.";
  private final Set<String> select;
  private final boolean extensions;
  private final ODataFilter extensionFilter;
  private final boolean extendedProps;
  private final ODataFilter extendedPropFilter;

  ContactView(ApiRequest req) {
    String sel = req.query.get("$select");
    if (sel != null && !sel.isBlank()) {
      select = new LinkedHashSet<>();
      for (String s : sel.split(",")) {
        String c = ContactSchema.canonical(s.trim());
        if (c == null) {
          throw GraphException.badRequest(
              "RequestBroker--ParseUri",
              "Could not find a property named '"
                  + s.trim()
                  + "' on type 'microsoft.graph.contact'.");
        }
        select.add(c);
      }
    } else {
      select = null;
    }
    Expand ex = Expand.parse(req.query.get("$expand"));
    for (String n : ex.names()) {
      if (!n.equals("extensions") && !n.equals("singlevalueextendedproperties")) {
        throw GraphException.badRequest(
            "RequestBroker--ParseUri",
            "Could not find a navigation property named '"
                + n
                + "' on type 'microsoft.graph.contact'.");
      }
    }
    extensions = ex.has("extensions");
    extensionFilter =
        ex.filter("extensions") == null ? null : ODataFilter.parse(ex.filter("extensions"));
    extendedProps = ex.has("singleValueExtendedProperties");
    extendedPropFilter =
        ex.filter("singleValueExtendedProperties") == null
            ? null
            : ODataFilter.parse(ex.filter("singleValueExtendedProperties"));
  }

  Set<String> select() {
    return select;
  }

  JsonObject render(Mailbox m, StoredContact c) {
    return render(m, c, m.data(c));
  }

  /** Renders with the stored data already at hand (saves parsing it again after a write). */
  JsonObject render(Mailbox m, StoredContact c, JsonObject data) {
    return render(m, c, data, null);
  }

  /** Renders an entity response, with its @odata.context first (no copy of the tree). */
  JsonObject render(Mailbox m, StoredContact c, JsonObject data, String context) {
    String changeKey = ItemIds.changeKey(m.key, c.number, c.version);
    JsonObject out;
    if (select == null) {
      out =
          ContactSchema.render(
              context,
              data,
              m.contactId(c.number),
              changeKey,
              c.createdMillis,
              c.modifiedMillis,
              m.folderId(c.folder));
    } else {
      out = new JsonObject();
      if (context != null) {
        out.addProperty("@odata.context", context);
      }
      out.addProperty("@odata.etag", "W/\"" + changeKey + "\"");
      out.addProperty("id", m.contactId(c.number));
      for (String s : select) {
        ContactSchema.Type t = ContactSchema.PROPS.get(s);
        if (t != null) {
          out.add(s, ContactSchema.value(data, s, t));
        } else if (s.equals("changeKey")) {
          out.addProperty(s, changeKey);
        } else if (s.equals("parentFolderId")) {
          out.addProperty(s, m.folderId(c.folder));
        } else if (s.equals("createdDateTime")) {
          out.addProperty(s, java.time.Instant.ofEpochSecond(c.createdMillis / 1000).toString());
        } else if (s.equals("lastModifiedDateTime")) {
          out.addProperty(s, java.time.Instant.ofEpochSecond(c.modifiedMillis / 1000).toString());
        }
      }
    }
    if (extensions) {
      out.add("extensions", filtered(extensionsOf(m, c, data), extensionFilter));
    }
    if (extendedProps) {
      out.add("singleValueExtendedProperties", filtered(extendedPropsOf(data), extendedPropFilter));
    }
    return out;
  }

  private static JsonArray filtered(JsonArray items, ODataFilter f) {
    if (f == null) {
      return items;
    }
    JsonArray out = new JsonArray();
    for (JsonElement e : items) {
      if (f.test(e.getAsJsonObject())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The entity $filter sees: all properties plus extensions and extended properties. */
  static JsonObject filterSubject(Mailbox m, StoredContact c, JsonObject data) {
    JsonObject o =
        ContactSchema.render(
            null,
            data,
            m.contactId(c.number),
            ItemIds.changeKey(m.key, c.number, c.version),
            c.createdMillis,
            c.modifiedMillis,
            m.folderId(c.folder));
    o.add("extensions", extensionsOf(m, c, data));
    o.add("singleValueExtendedProperties", extendedPropsOf(data));
    return o;
  }

  static JsonArray extensionsOf(Mailbox m, StoredContact c, JsonObject data) {
    JsonArray out = new JsonArray();
    JsonElement stored = data.get("extensions");
    if (stored != null) {
      for (JsonElement e : stored.getAsJsonArray()) {
        out.add(renderExtension(m, c, e.getAsJsonObject()));
      }
    }
    return out;
  }

  static JsonObject renderExtension(Mailbox m, StoredContact c, JsonObject stored) {
    JsonObject o = new JsonObject();
    o.addProperty("@odata.type", "#microsoft.graph.openTypeExtension");
    String name = stored.get("extensionName").getAsString();
    o.addProperty(
        "@odata.id",
        m.odataBase
            + "/users('"
            + m.userId
            + "')/contacts('"
            + m.contactId(c.number)
            + "')/extensions('"
            + EXT_PREFIX
            + name
            + "')");
    o.addProperty("id", EXT_PREFIX + name);
    o.addProperty("extensionName", name);
    stored
        .entrySet()
        .forEach(
            e -> {
              if (!e.getKey().equals("extensionName")) {
                o.add(e.getKey(), e.getValue());
              }
            });
    return o;
  }

  static JsonArray extendedPropsOf(JsonObject data) {
    JsonElement stored = data.get("singleValueExtendedProperties");
    return stored == null ? new JsonArray() : stored.getAsJsonArray().deepCopy();
  }
}
