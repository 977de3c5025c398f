package org.cync.sandbox.graph;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.cync.sandbox.http.Http;

/**
 * Server-driven paging of directory collections: an opaque {@code $skiptoken} holding the offset,
 * and an {@code @odata.nextLink} that repeats the request's other options on the sandbox's base.
 */
final class Paging {
  private Paging() {}

  static int offset(ApiRequest req) {
    String t = req.query.get("$skiptoken");
    if (t == null) {
      return 0;
    }
    try {
      String s = new String(Base64.getUrlDecoder().decode(t), StandardCharsets.UTF_8);
      return Integer.parseInt(s.substring(s.indexOf(':') + 1));
    } catch (RuntimeException e) {
      throw GraphException.badRequest("Request_BadRequest", "Invalid skip token.");
    }
  }

  static JsonObject page(
      ApiRequest req, String url, String context, List<JsonObject> all, int top, boolean count) {
    int from = offset(req);
    JsonArray value = new JsonArray();
    for (int i = from; i < Math.min(all.size(), from + top); i++) {
      value.add(all.get(i));
    }
    JsonObject o = new JsonObject();
    o.addProperty("@odata.context", context);
    if (count) {
      o.addProperty("@odata.count", all.size());
    }
    if (from + top < all.size()) {
      String token =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(("RFNwdAIA:" + (from + top)).getBytes(StandardCharsets.UTF_8));
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
