package org.cync.sandbox.mailbox;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cync.sandbox.graph.ApiRequest;
import org.cync.sandbox.graph.ApiResponse;
import org.cync.sandbox.graph.GraphContext;
import org.cync.sandbox.graph.GraphException;
import org.cync.sandbox.graph.ODataFilter;
import org.cync.sandbox.http.Json;

/**
 * Routes the Outlook endpoints under {@code users/{id}}: mailboxSettings, contactFolders (and
 * childFolders at any depth), contacts in the default folder or a folder, their extensions, photos
 * and delta. Work on one mailbox is serialized by its lock.
 */
public final class OutlookApi {
  static final Set<String> DELTA =
      Set.of("delta", "delta()", "microsoft.graph.delta", "microsoft.graph.delta()");
  private final MailboxStore store;
  private final GraphContext ctx;

  public OutlookApi(MailboxStore store, GraphContext ctx) {
    this.store = store;
    this.ctx = ctx;
  }

  /** True when the path (after users/{id}) is an Outlook endpoint this class serves. */
  public static boolean handles(String segment) {
    return segment != null
        && Set.of("contactfolders", "contacts", "mailboxsettings").contains(segment.toLowerCase());
  }

  /** Whether the request writes (needs Contacts.ReadWrite). */
  public static boolean writes(ApiRequest req) {
    return !req.method.equals("GET");
  }

  public ApiResponse handle(ApiRequest req) {
    Mailbox m = store.resolve(req.seg(1));
    List<String> rest = req.segments.subList(2, req.segments.size());
    String uid = m.userId;
    String userUrl = ctx.baseUrl() + "/users/" + req.seg(1);
    String first = rest.get(0).toLowerCase();
    if (first.equals("mailboxsettings")) {
      if (rest.size() != 1 || !req.method.equals("GET")) {
        throw GraphException.noRoute();
      }
      return ApiResponse.json(200, MailboxSettings.of(ctx, uid));
    }
    synchronized (m) {
      if (first.equals("contacts")) {
        return contacts(
            req,
            m,
            m.folders.get(Mailbox.DEFAULT_FOLDER),
            rest.subList(1, rest.size()),
            userUrl + "/contacts",
            "users('" + uid + "')/contacts",
            false);
      }
      if (rest.size() == 1) {
        return folderCollection(
            req,
            m,
            Mailbox.DEFAULT_FOLDER,
            userUrl + "/contactFolders",
            "users('" + uid + "')/contactFolders");
      }
      ContactFolder f = folder(m, rest.get(1), null);
      String url = userUrl + "/contactFolders/" + rest.get(1);
      int i = 2;
      while (i + 1 < rest.size() && rest.get(i).equalsIgnoreCase("childFolders")) {
        f = folder(m, rest.get(i + 1), f.number);
        url += "/childFolders/" + rest.get(i + 1);
        i += 2;
      }
      String fctx = "users('" + uid + "')/contactFolders('" + m.folderId(f.number) + "')";
      if (i == rest.size()) {
        return folderItem(req, m, f, fctx);
      }
      String seg = rest.get(i).toLowerCase();
      if (seg.equals("childfolders") && i + 1 == rest.size()) {
        return folderCollection(req, m, f.number, url + "/childFolders", fctx + "/childFolders");
      }
      if (seg.equals("contacts")) {
        return contacts(
            req,
            m,
            f,
            rest.subList(i + 1, rest.size()),
            url + "/contacts",
            fctx + "/contacts",
            true);
      }
      throw GraphException.noRoute();
    }
  }

  private ContactFolder folder(Mailbox m, String id, Long parent) {
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

  private ApiResponse folderCollection(
      ApiRequest req, Mailbox m, long parent, String url, String context) {
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

  private ApiResponse folderItem(ApiRequest req, Mailbox m, ContactFolder f, String fctx) {
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
    }
    m.folders.remove(f.number);
  }

  private ApiResponse contacts(
      ApiRequest req,
      Mailbox m,
      ContactFolder f,
      List<String> rest,
      String url,
      String context,
      boolean strictFolder) {
    if (rest.isEmpty()) {
      if (req.method.equals("GET")) {
        return ContactQueries.list(req, m, f, url, ctx.context(context));
      }
      if (!req.method.equals("POST")) {
        throw new GraphException(405, "ErrorInvalidRequest", "The OData request is not supported.");
      }
      ContactOps.Written w = ContactOps.create(m, f, body(req), ctx.clock().millis());
      JsonObject o =
          new ContactView(req).render(m, w.contact(), w.data(), ctx.context(context + "/$entity"));
      return ApiResponse.json(201, o).header("ETag", o.get("@odata.etag").getAsString());
    }
    if (DELTA.contains(rest.get(0).toLowerCase()) && rest.size() == 1) {
      return ContactsDelta.page(m, f, req, url + "/delta", ctx.context("Collection(contact)"));
    }
    StoredContact c = contact(m, rest.get(0), strictFolder ? f : null);
    return ContactItems.handle(
        req, m, c, rest.subList(1, rest.size()), ctx, context + "('" + rest.get(0) + "')", context);
  }

  static StoredContact contact(Mailbox m, String id, ContactFolder f) {
    long n = m.number(id, ItemIds.CONTACT);
    if (n < 0) {
      throw GraphException.badRequest("ErrorInvalidIdMalformed", "Id is malformed.");
    }
    StoredContact c = n == 0 ? null : m.contacts.get(n);
    if (c == null || (f != null && c.folder != f.number)) {
      throw GraphException.itemNotFound();
    }
    return c;
  }

  static JsonObject body(ApiRequest req) {
    JsonObject o = req.jsonBody();
    if (o == null) {
      throw GraphException.badRequest("RequestBodyRead", "Empty Payload. JSON content expected.");
    }
    return o;
  }
}
