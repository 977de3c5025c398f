package org.cync.sandbox.mailbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.cync.sandbox.graph.ApiRequest;
import org.cync.sandbox.graph.ApiResponse;
import org.cync.sandbox.graph.GraphException;

/**
 * Contacts delta per folder. Tokens are opaque and stateless: (folder, epoch, from, cursor, to)
 * over the folder's change log, so a contact changed mid-round moves behind the round and shows up
 * in the next one (a replay, never a loss). Deleted contacts come as {@code @removed} "deleted".
 * Evicted state (tombstone cap, or the admin's eviction) answers 410 Gone with a Location to
 * restart from scratch.
 */
final class ContactsDelta {
  static final int DEFAULT_PAGE = 10;
  static final int MAX_PAGE = 1000;

  private ContactsDelta() {}

  record Token(long folder, int epoch, long from, long cursor, long to, String select) {
    String encode(boolean skip) {
      String s =
          (skip ? "s" : "d")
              + "|"
              + folder
              + "|"
              + epoch
              + "|"
              + from
              + "|"
              + cursor
              + "|"
              + to
              + "|"
              + (select == null ? "" : select);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static Token decode(String text) {
      try {
        String[] p =
            new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8)
                .split("\\|", -1);
        return new Token(
            Long.parseLong(p[1]),
            Integer.parseInt(p[2]),
            Long.parseLong(p[3]),
            Long.parseLong(p[4]),
            Long.parseLong(p[5]),
            p[6].isEmpty() ? null : p[6]);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  static ApiResponse page(Mailbox m, ContactFolder f, ApiRequest req, String url, String context) {
    String skip = req.query.get("$skiptoken");
    String delta = req.query.get("$deltatoken");
    Token t;
    if (skip != null || (delta != null && !delta.isEmpty())) {
      t = Token.decode(skip != null ? skip : delta);
      if (t == null || t.folder() != f.number) {
        throw GraphException.badRequest(
            "ErrorInvalidSyncStateData", "The sync state data is corrupted or otherwise invalid.");
      }
      if (t.epoch() != m.deltaEpoch || t.from() < f.minValidSeq) {
        throw new GraphException(
                410,
                "SyncStateNotFound",
                "The sync state is not found or has expired. Synchronize again from scratch.")
            .header("Location", url);
      }
      if (skip == null) {
        t = new Token(f.number, m.deltaEpoch, t.to(), t.to(), m.seq, t.select());
      }
    } else {
      String sel = req.query.get("$select");
      t = new Token(f.number, m.deltaEpoch, 0, 0, m.seq, sel);
    }
    int size = pageSize(req);
    ContactView view = new ContactView(withSelect(req, t.select()));
    JsonArray value = new JsonArray();
    long cursor = t.cursor();
    boolean more = false;
    for (Map.Entry<Long, Object> e : f.changes.tailMap(t.cursor(), false).entrySet()) {
      if (e.getKey() > t.to()) {
        break;
      }
      if (value.size() == size) {
        more = true;
        break;
      }
      cursor = e.getKey();
      if (e.getValue() instanceof StoredContact c) {
        value.add(view.render(m, c));
      } else if (t.from() > 0) {
        JsonObject removed = new JsonObject();
        removed.addProperty("@odata.type", "#microsoft.graph.contact");
        removed.addProperty("id", m.contactId((Long) e.getValue()));
        JsonObject reason = new JsonObject();
        reason.addProperty("reason", "deleted");
        removed.add("@removed", reason);
        value.add(removed);
      }
    }
    JsonObject o = new JsonObject();
    o.addProperty("@odata.context", context);
    if (more) {
      Token next = new Token(f.number, t.epoch(), t.from(), cursor, t.to(), t.select());
      o.addProperty("@odata.nextLink", url + "?$skiptoken=" + next.encode(true));
    } else {
      Token next = new Token(f.number, t.epoch(), t.to(), t.to(), t.to(), t.select());
      o.addProperty("@odata.deltaLink", url + "?$deltatoken=" + next.encode(false));
    }
    o.add("value", value);
    ApiResponse r = ApiResponse.json(200, o);
    if (req.header("Prefer") != null && req.header("Prefer").contains("odata.maxpagesize")) {
      r.header("Preference-Applied", "odata.maxpagesize=" + size);
    }
    return r;
  }

  private static ApiRequest withSelect(ApiRequest req, String select) {
    if (select == null) {
      return new ApiRequest("GET", "", "", Map.of(), null, true, req.requestId);
    }
    return new ApiRequest(
        "GET",
        "",
        "$select=" + org.cync.sandbox.http.Http.encode(select),
        Map.of(),
        null,
        true,
        req.requestId);
  }

  static int pageSize(ApiRequest req) {
    return req.preferredPageSize(DEFAULT_PAGE, MAX_PAGE);
  }
}
