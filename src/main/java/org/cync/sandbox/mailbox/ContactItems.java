package org.cync.sandbox.mailbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.cync.sandbox.graph.ApiRequest;
import org.cync.sandbox.graph.ApiResponse;
import org.cync.sandbox.graph.GraphContext;
import org.cync.sandbox.graph.GraphException;

/** One contact and what hangs below it: GET/PATCH/DELETE, /extensions, /photo, permanentDelete. */
final class ContactItems {
  static final int PHOTO_LIMIT = 4 * 1024 * 1024;

  private ContactItems() {}

  static ApiResponse handle(
      ApiRequest req,
      Mailbox m,
      StoredContact c,
      List<String> rest,
      GraphContext ctx,
      String itemContext,
      String collectionContext) {
    long now = ctx.clock().millis();
    if (rest.isEmpty()) {
      switch (req.method) {
        case "GET" -> {
          return entity(
              new ContactView(req)
                  .render(m, c, m.data(c), ctx.context(collectionContext + "/$entity")));
        }
        case "PATCH" -> {
          JsonObject data = ContactOps.patch(m, c, OutlookApi.body(req), now);
          return entity(
              new ContactView(req).render(m, c, data, ctx.context(collectionContext + "/$entity")));
        }
        case "DELETE" -> {
          ContactOps.delete(m, c);
          return ApiResponse.empty(204);
        }
        default -> throw notSupported();
      }
    }
    String seg = rest.get(0).toLowerCase();
    if (seg.equals("permanentdelete") && rest.size() == 1 && req.method.equals("POST")) {
      ContactOps.delete(m, c);
      return ApiResponse.empty(204);
    }
    if (seg.equals("extensions")) {
      return extensions(req, m, c, rest, ctx, itemContext + "/extensions", now);
    }
    if (seg.equals("photo")) {
      return photo(req, m, c, rest, ctx, itemContext, now);
    }
    throw GraphException.noRoute();
  }

  private static ApiResponse entity(JsonObject body) {
    return ApiResponse.json(200, body).header("ETag", body.get("@odata.etag").getAsString());
  }

  private static ApiResponse extensions(
      ApiRequest req,
      Mailbox m,
      StoredContact c,
      List<String> rest,
      GraphContext ctx,
      String context,
      long now) {
    JsonObject data = m.data(c);
    Set<String> before = ContactIndex.keys(data);
    if (rest.size() == 1) {
      if (req.method.equals("GET")) {
        JsonObject o = new JsonObject();
        o.addProperty("@odata.context", ctx.context(context));
        o.add("value", ContactView.extensionsOf(m, c, data));
        return ApiResponse.json(200, o);
      }
      if (!req.method.equals("POST")) {
        throw notSupported();
      }
      JsonObject ext = ContactOps.extension(OutlookApi.body(req));
      if (ContactOps.findExtension(data, ext.get("extensionName").getAsString()) >= 0) {
        throw ContactOps.duplicateExtension();
      }
      JsonArray all = data.has("extensions") ? data.getAsJsonArray("extensions") : new JsonArray();
      all.add(ext);
      data.add("extensions", all);
      ContactOps.save(m, c, before, data, now);
      return ApiResponse.json(
          201,
          withContext(ctx.context(context + "/$entity"), ContactView.renderExtension(m, c, ext)));
    }
    if (rest.size() != 2) {
      throw GraphException.noRoute();
    }
    int i = ContactOps.findExtension(data, rest.get(1));
    if (i < 0) {
      throw GraphException.itemNotFound();
    }
    JsonArray all = data.getAsJsonArray("extensions");
    switch (req.method) {
      case "GET" -> {
        return ApiResponse.json(
            200,
            withContext(
                ctx.context(context + "/$entity"),
                ContactView.renderExtension(m, c, all.get(i).getAsJsonObject())));
      }
      case "PATCH" -> {
        JsonObject body = OutlookApi.body(req);
        JsonObject ext = all.get(i).getAsJsonObject();
        body.entrySet()
            .forEach(
                e -> {
                  if (!e.getKey().startsWith("@")
                      && !e.getKey().equals("id")
                      && !e.getKey().equals("extensionName")) {
                    ext.add(e.getKey(), e.getValue());
                  }
                });
        ContactOps.save(m, c, before, data, now);
        return ApiResponse.empty(204);
      }
      case "DELETE" -> {
        all.remove(i);
        ContactOps.save(m, c, before, data, now);
        return ApiResponse.empty(204);
      }
      default -> throw notSupported();
    }
  }

  private static JsonObject withContext(String context, JsonObject o) {
    JsonObject r = new JsonObject();
    r.addProperty("@odata.context", context);
    o.entrySet().forEach(e -> r.add(e.getKey(), e.getValue()));
    return r;
  }

  private static ApiResponse photo(
      ApiRequest req,
      Mailbox m,
      StoredContact c,
      List<String> rest,
      GraphContext ctx,
      String itemContext,
      long now) {
    boolean value = rest.size() == 2 && rest.get(1).equals("$value");
    if (rest.size() > 2 || (rest.size() == 2 && !value)) {
      throw GraphException.noRoute();
    }
    if (value && (req.method.equals("PUT") || req.method.equals("PATCH"))) {
      if (req.body.length > PHOTO_LIMIT) {
        throw GraphException.photoTooLarge();
      }
      if (req.body.length == 0) {
        throw GraphException.badRequest("ErrorInvalidRequest", "The photo content is empty.");
      }
      c.photo = req.body.clone();
      ContactOps.touch(m, c, now);
      return ApiResponse.empty(200);
    }
    if (!req.method.equals("GET")) {
      throw notSupported();
    }
    if (c.photo == null) {
      throw new GraphException(404, "ErrorItemNotFound", "The photo wasn't found.");
    }
    if (value) {
      return ApiResponse.binary(200, "image/jpeg", c.photo);
    }
    JsonObject o = new JsonObject();
    o.addProperty("@odata.context", ctx.context(itemContext + "/photo/$entity"));
    o.addProperty("@odata.mediaContentType", "image/jpeg");
    o.addProperty(
        "@odata.mediaEtag", String.format("\"%08X\"", java.util.Arrays.hashCode(c.photo)));
    o.addProperty("id", "default");
    o.addProperty("height", 240);
    o.addProperty("width", 240);
    return ApiResponse.json(200, o);
  }

  static GraphException notSupported() {
    return new GraphException(405, "ErrorInvalidRequest", "The OData request is not supported.");
  }
}
