package org.cync.sandbox.mailbox;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.cync.sandbox.graph.ApiRequest;
import org.cync.sandbox.graph.ApiResponse;
import org.cync.sandbox.graph.GraphContext;
import org.cync.sandbox.graph.GraphException;
import org.cync.sandbox.graph.ODataFilter;
import org.cync.sandbox.http.Json;

/**
 * Contact folders of one mailbox (callers hold its lock): list, create (409 ErrorFolderExists on a
 * sibling with the same name), get, rename, delete with everything inside; the default Contacts
 * folder can be read but not renamed or deleted.
 */
final class ContactFolders {
  private final GraphContext ctx;

  ContactFolders(GraphContext ctx) {
    this.ctx = ctx;
  }

  ContactFolder folder(Mailbox m, String id, Long parent) {
    long n = m.number(id, ItemIds.FOLDER);
    if (n < 0) {
      throw GraphException.badRequest("ErrorInvalidIdMalformed", "Id is malformed.");
    }
    ContactFolder f = n == 0 ? null : m.folders.get(n);
    if (f == null || (parent != null && f.parent != parent)) {
      throw GraphException.itemNotFound();
    }
    return f;
  }

  private JsonObject folderJson(Mailbox m, ContactFolder f) {
    JsonObject o = new JsonObject();
    o.addProperty("id", m.folderId(f.number));
    o.addProperty("displayName", f.displayName);
    o.addProperty("parentFolderId", m.folderId(f.parent));
    return o;
  }

  ApiResponse folderCollection(ApiRequest req, Mailbox m, long parent, String url, String context) {
    if (req.method.equals("GET")) {
      List<JsonObject> all = new ArrayList<>();
      ODataFilter filter =
          req.query.containsKey("$filter") ? ODataFilter.parse(req.query.get("$filter")) : null;
      for (ContactFolder f : m.children(parent)) {
        JsonObject o = folderJson(m, f);
        if (filter == null || filter.test(o)) {
          all.add(o);
        }
      }
      return ApiResponse.json(200, OutlookPaging.page(req, url, ctx.context(context), all));
    }
    if (!req.method.equals("POST")) {
      throw new GraphException(405, "ErrorInvalidRequest", "The OData request is not supported.");
    }
    JsonObject body = body(req);
    String name = Json.str(body, "displayName");
    if (name == null || name.isBlank()) {
      throw GraphException.badRequest("ErrorInvalidRequest", "The folder name cannot be empty.");
    }
    checkUnique(m, parent, name, -1);
    ContactFolder f = new ContactFolder(m.nextNumber++, name, parent);
    m.folders.put(f.number, f);
    JsonObject o = folderJson(m, f);
    o.addProperty("@odata.context", ctx.context(context + "/$entity"));
    return ApiResponse.json(201, reorder(o));
  }

  private static JsonObject reorder(JsonObject o) {
    JsonObject r = new JsonObject();
    r.add("@odata.context", o.get("@odata.context"));
    o.entrySet().forEach(e -> r.add(e.getKey(), e.getValue()));
    return r;
  }

  private static void checkUnique(Mailbox m, long parent, String name, long self) {
    for (ContactFolder f : m.children(parent)) {
      if (f.number != self && f.displayName.equalsIgnoreCase(name)) {
        throw new GraphException(
            409, "ErrorFolderExists", "A folder with the specified name already exists.");
      }
    }
  }

  ApiResponse folderItem(ApiRequest req, Mailbox m, ContactFolder f, String fctx) {
    switch (req.method) {
      case "GET" -> {
        JsonObject o = folderJson(m, f);
        o.addProperty(
            "@odata.context", ctx.context(fctx.substring(0, fctx.lastIndexOf('(')) + "/$entity"));
        return ApiResponse.json(200, reorder(o));
      }
      case "PATCH" -> {
        String name = Json.str(body(req), "displayName");
        if (name != null) {
          if (f.number == Mailbox.DEFAULT_FOLDER) {
            throw new GraphException(
                403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
          }
          checkUnique(m, f.parent, name, f.number);
          f.displayName = name;
        }
        JsonObject o = folderJson(m, f);
        o.addProperty(
            "@odata.context", ctx.context(fctx.substring(0, fctx.lastIndexOf('(')) + "/$entity"));
        return ApiResponse.json(200, reorder(o));
      }
      case "DELETE" -> {
        if (f.number == Mailbox.DEFAULT_FOLDER) {
          throw new GraphException(
              403, "ErrorDeleteDistinguishedFolder", "Distinguished folders cannot be deleted.");
        }
        deleteFolder(m, f);
        return ApiResponse.empty(204);
      }
      default ->
          throw new GraphException(
              405, "ErrorInvalidRequest", "The OData request is not supported.");
    }
  }

  private static void deleteFolder(Mailbox m, ContactFolder f) {
    for (ContactFolder child : m.children(f.number)) {
      deleteFolder(m, child);
    }
    for (StoredContact c : new ArrayList<>(f.items.values())) {
      m.contacts.remove(c.number);
      m.index.remove(c.number, m.data(c));
    }
    m.folders.remove(f.number);
  }

  private static JsonObject body(ApiRequest req) {
    return OutlookApi.body(req);
  }
}
