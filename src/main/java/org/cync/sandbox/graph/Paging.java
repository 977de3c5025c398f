package org.cync.sandbox.graph;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cync.sandbox.http.Http;

/**
 * Server-driven paging of directory collections: an opaque {@code $skiptoken} naming the last
 * object returned (and its position, used only if that object has gone), so deleting objects while
 * a client pages neither skips nor repeats others; the {@code @odata.nextLink} repeats the
 * request's other options on the sandbox's base.
 */
final class Paging {
  private Paging() {}

  static <T> int offset(ApiRequest req, List<T> all, Function<T, String> idOf) {
    String t = req.query.get("$skiptoken");
    if (t == null) {
      return 0;
    }
    try {
      String[] p =
          new String(Base64.getUrlDecoder().decode(t), StandardCharsets.UTF_8).split(":", 3);
      int next = Integer.parseInt(p[1]);
      String lastId = p[2];
      for (int i = Math.min(next, all.size()) - 1; i >= 0; i--) {
        if (lastId.equals(idOf.apply(all.get(i)))) {
          return i + 1;
        }
      }
      for (int i = next; i < all.size(); i++) {
        if (lastId.equals(idOf.apply(all.get(i)))) {
          return i + 1;
        }
      }
      return Math.min(next, all.size());
    } catch (RuntimeException e) {
      throw GraphException.badRequest("Request_BadRequest", "Invalid skip token.");
    }
  }

  private static String idOf(JsonObject o) {
    return o.has("id") ? o.get("id").getAsString() : "";
  }

  static JsonObject page(
      ApiRequest req, String url, String context, List<JsonObject> all, int top, boolean count) {
    return page(req, url, context, all, Paging::idOf, o -> o, top, count);
  }

  /**
   * A page of {@code all} (already filtered and ordered), rendering only the page's items: listing
   * N objects page by page then costs N renders, not N per page.
   */
  static <T> JsonObject page(
      ApiRequest req,
      String url,
      String context,
      List<T> all,
      Function<T, String> idOf,
      Function<T, JsonObject> render,
      int top,
      boolean count) {
    int from = offset(req, all, idOf);
    JsonArray value = new JsonArray();
    for (int i = from; i < Math.min(all.size(), from + top); i++) {
      value.add(render.apply(all.get(i)));
    }
    JsonObject o = new JsonObject();
    o.addProperty("@odata.context", context);
    if (count && !req.query.containsKey("$skiptoken")) {
      // "the @odata.count property is returned only in the first page of the paged result set"
      // https://learn.microsoft.com/en-us/graph/paging
      o.addProperty("@odata.count", all.size());
    }
    if (from + top < all.size()) {
      String token =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  ("RFNwdAIA:" + (from + top) + ":" + idOf.apply(all.get(from + top - 1)))
                      .getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder(url).append('?');
      for (Map.Entry<String, String> q : req.query.entrySet()) {
        if (!q.getKey().equalsIgnoreCase("$skiptoken")) {
          b.append(Http.encode(q.getKey()))
              .append('=')
              .append(Http.encode(q.getValue()))
              .append('&');
        }
      }
      o.addProperty("@odata.nextLink", b.append("$skiptoken=").append(token).toString());
    }
    o.add("value", value);
    return o;
  }
}
