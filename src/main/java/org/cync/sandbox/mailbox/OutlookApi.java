package org.cync.sandbox.mailbox;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.cync.sandbox.graph.ApiRequest;
import org.cync.sandbox.graph.ApiResponse;
import org.cync.sandbox.graph.GraphContext;
import org.cync.sandbox.graph.GraphException;

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
  private final ContactFolders folders;

  public OutlookApi(MailboxStore store, GraphContext ctx) {
    this.store = store;
    this.ctx = ctx;
    this.folders = new ContactFolders(ctx);
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
        return folders.folderCollection(
            req,
            m,
            Mailbox.DEFAULT_FOLDER,
            userUrl + "/contactFolders",
            "users('" + uid + "')/contactFolders");
      }
      ContactFolder f = folders.folder(m, rest.get(1), null);
      String url = userUrl + "/contactFolders/" + rest.get(1);
      int i = 2;
      while (i + 1 < rest.size() && rest.get(i).equalsIgnoreCase("childFolders")) {
        f = folders.folder(m, rest.get(i + 1), f.number);
        url += "/childFolders/" + rest.get(i + 1);
        i += 2;
      }
      String fctx = "users('" + uid + "')/contactFolders('" + m.folderId(f.number) + "')";
      if (i == rest.size()) {
        return folders.folderItem(req, m, f, fctx);
      }
      String seg = rest.get(i).toLowerCase();
      if (seg.equals("childfolders") && i + 1 == rest.size()) {
        return folders.folderCollection(
            req, m, f.number, url + "/childFolders", fctx + "/childFolders");
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
