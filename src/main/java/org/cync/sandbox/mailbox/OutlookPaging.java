package org.cync.sandbox.mailbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.cync.sandbox.graph.ApiRequest;
import org.cync.sandbox.graph.GraphException;
import org.cync.sandbox.http.Http;

/**
 * Outlook's client-side paging: default page of 10, {@code $top} 1 to 1,000 (else 400), {@code
 * $skip}, and a nextLink that repeats the other query options with the next $skip.
 */
final class OutlookPaging {
  static final int DEFAULT_PAGE = 10;
  static final int MAX_TOP = 1000;

  private OutlookPaging() {}

  static int top(ApiRequest req) {
    String t = req.query.get("$top");
    if (t == null) {
      return DEFAULT_PAGE;
    }
    try {
      int v = Integer.parseInt(t.trim());
      if (v < 1) {
        // $top=0 would give an empty page whose nextLink repeats it: a client following it loops.
        throw new NumberFormatException();
      }
      return Math.min(v, MAX_TOP);
    } catch (NumberFormatException e) {
      throw GraphException.badRequest(
          "BadRequest", "Invalid value '" + t + "' for $top query option.");
    }
  }

  static int skip(ApiRequest req) {
    String s = req.query.get("$skip");
    try {
      return s == null ? 0 : Math.max(0, Integer.parseInt(s.trim()));
    } catch (NumberFormatException e) {
      throw GraphException.badRequest(
          "BadRequest", "Invalid value '" + s + "' for $skip query option.");
    }
  }

  /** Writes {@code value} and, when more items follow, {@code @odata.nextLink}. */
  static JsonObject page(ApiRequest req, String url, String context, List<JsonObject> all) {
    int top = top(req);
    int skip = skip(req);
    return envelope(
        req,
        url,
        context,
        all.subList(Math.min(skip, all.size()), Math.min(all.size(), skip + top)),
        skip + top < all.size(),
        all.size());
  }

  static JsonObject envelope(
      ApiRequest req, String url, String context, List<JsonObject> items, boolean more, int count) {
    JsonArray value = new JsonArray();
    items.forEach(value::add);
    JsonObject o = new JsonObject();
    o.addProperty("@odata.context", context);
    if (req.countRequested()) {
      o.addProperty("@odata.count", count);
    }
    o.add("value", value);
    if (more) {
      int top = top(req);
      StringBuilder b = new StringBuilder(url).append('?');
      for (Map.Entry<String, String> q : req.query.entrySet()) {
        if (!q.getKey().equalsIgnoreCase("$skip") && !q.getKey().equalsIgnoreCase("$top")) {
          b.append(Http.encode(q.getKey()))
              .append('=')
              .append(Http.encode(q.getValue()))
              .append('&');
        }
      }
      b.append("%24top=").append(top).append("&%24skip=").append(skip(req) + top);
      o.addProperty("@odata.nextLink", b.toString());
    }
    return o;
  }
}
