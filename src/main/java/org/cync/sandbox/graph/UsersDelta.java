package org.cync.sandbox.graph;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.cync.sandbox.http.Http;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.sandbox.tenant.UserSchema;
import org.cync.sandbox.throttle.Faults;

/**
 * {@code GET /users/delta}: rounds of pages (skiptoken) ending in a deltaLink (deltatoken) that
 * remembers the directory sequence number and the $select. Only selected properties are tracked;
 * soft-deleted users come as {@code @removed} "changed", permanently deleted ones as "deleted", in
 * the initial round too unless switched off; a seeded rate sends some users twice in a round;
 * {@code Prefer: return=minimal} gives changed properties only; {@code $deltatoken=latest} starts
 * from now. Tokens older than the lifetime (7 days) or invalidated by the admin answer 400
 * syncStateNotFound; the fault switch answers 410 Gone with a Location to resync.
 */
final class UsersDelta {
  static final int DEFAULT_PAGE = 100;
  static final int MAX_PAGE = 200;
  private final Directory dir;
  private final GraphContext ctx;
  private final Faults faults;
  static final int MAX_ROUNDS = 10_000;
  private final DeltaRounds<Round> rounds;
  final AtomicInteger epoch = new AtomicInteger();
  volatile Duration tokenLifetime = Duration.ofDays(7);

  private record Round(
      long from, long to, List<String> select, boolean initial, List<String> ids) {}

  UsersDelta(Directory dir, GraphContext ctx, Faults faults) {
    this.dir = dir;
    this.ctx = ctx;
    this.faults = faults;
    this.rounds = new DeltaRounds<>(MAX_ROUNDS, () -> ctx.clock().millis());
  }

  ApiResponse handle(ApiRequest req) {
    for (String unsupported : new String[] {"$top", "$orderby", "$expand", "$search"}) {
      if (req.query.containsKey(unsupported)) {
        throw GraphException.unsupportedQuery(
            "The query option '" + unsupported + "' is not supported with delta.");
      }
    }
    String skip = req.query.get("$skiptoken");
    String delta = req.query.get("$deltatoken");
    boolean withToken = skip != null || (delta != null && !delta.isEmpty());
    if (withToken && faults.usersDeltaGone) {
      throw new GraphException(
              410,
              "resyncRequired",
              "The delta token is no longer valid; the application must reset its sync state.")
          .header("Location", resyncUrl(req, skip, delta));
    }
    String url = ctx.baseUrl() + "/users/delta";
    if ("latest".equalsIgnoreCase(delta)) {
      List<String> select = select(req);
      JsonObject o = new JsonObject();
      o.addProperty("@odata.context", context(req, select));
      o.add("value", new JsonArray());
      o.addProperty("@odata.deltaLink", url + "?$deltatoken=" + deltaToken(dir.sequence(), select));
      return ApiResponse.json(200, o);
    }
    String roundId;
    int offset;
    Round round;
    if (skip != null) {
      String[] p = decode(skip).split("\\|");
      roundId = p.length == 2 ? p[0] : "";
      round = rounds.get(roundId, tokenLifetime.toMillis());
      if (round == null) {
        throw expired();
      }
      long at = number(p[1]);
      if (at < 0 || at > Integer.MAX_VALUE) {
        throw expired();
      }
      offset = (int) at;
    } else {
      round = withToken ? fromDeltaToken(delta) : initial(req);
      roundId = UUID.randomUUID().toString().replace("-", "");
      rounds.put(roundId, round);
      offset = 0;
    }
    boolean minimal =
        !round.initial() && String.valueOf(req.header("Prefer")).contains("return=minimal");
    int size = pageSize(req);
    JsonArray value = new JsonArray();
    Round r = round;
    dir.read(
        () -> {
          for (int i = offset; i < Math.min(r.ids().size(), offset + size); i++) {
            String id = r.ids().get(i);
            String reason = dir.removalReason(id);
            if (reason != null) {
              JsonObject o = new JsonObject();
              o.addProperty("id", id);
              JsonObject why = new JsonObject();
              why.addProperty("reason", reason);
              o.add("@removed", why);
              value.add(o);
            } else {
              DirectoryUser u = dir.anyUser(id);
              if (u != null) {
                value.add(u.renderDelta(r.select(), minimal, r.from()));
              }
            }
          }
          return null;
        });
    JsonObject o = new JsonObject();
    o.addProperty("@odata.context", context(req, round.select()));
    if (offset + size < round.ids().size()) {
      o.addProperty(
          "@odata.nextLink", url + "?$skiptoken=" + encode(roundId + "|" + (offset + size)));
    } else {
      o.addProperty(
          "@odata.deltaLink", url + "?$deltatoken=" + deltaToken(round.to(), round.select()));
    }
    o.add("value", value);
    return ApiResponse.json(200, o);
  }

  /**
   * §1.3 "Synchronization reset": the initial query again (with the round's $select, which lives in
   * the token) and an empty $deltatoken.
   */
  private String resyncUrl(ApiRequest req, String skip, String delta) {
    StringBuilder b = new StringBuilder(ctx.baseUrl()).append("/users/delta?");
    String select = req.query.get("$select");
    if (select == null) {
      List<String> tracked = null;
      try {
        if (skip != null) {
          String[] p = decode(skip).split("\\|");
          Round r = p.length == 2 ? rounds.get(p[0], Long.MAX_VALUE) : null;
          tracked = r == null ? null : r.select();
        } else {
          String[] p = decode(delta).split("\\|", -1);
          tracked = p.length == 5 ? List.of(p[4].split(",")) : null;
        }
      } catch (GraphException unreadable) {
        tracked = null;
      }
      if (tracked != null && !tracked.equals(UserSchema.DEFAULT)) {
        b.append("$select=").append(Http.encode(String.join(",", tracked))).append('&');
      }
    }
    req.query.forEach(
        (k, v) -> {
          if (!k.equalsIgnoreCase("$skiptoken") && !k.equalsIgnoreCase("$deltatoken")) {
            b.append(k).append('=').append(Http.encode(v)).append('&');
          }
        });
    return b.append("$deltatoken=").toString();
  }

  private Round initial(ApiRequest req) {
    List<String> select = select(req);
    List<String> only = idFilter(req);
    return dir.read(
        () -> {
          long to = dir.sequence();
          boolean removed = faults.usersDeltaInitialRemoved;
          List<String> ids = new ArrayList<>();
          for (DirectoryUser u : dir.allUsers()) {
            if ((removed || !u.deleted()) && (only == null || only.contains(u.id()))) {
              ids.add(u.id());
            }
          }
          if (removed) {
            dir.hardDeletedIds().stream()
                .filter(id -> only == null || only.contains(id))
                .forEach(ids::add);
          }
          return new Round(0, to, select, true, faults.withReplays(ids));
        });
  }

  private Round fromDeltaToken(String token) {
    String[] p = decode(token).split("\\|", -1);
    if (p.length != 5 || !p[0].equals("D")) {
      throw expired();
    }
    long issued = number(p[3]);
    if (number(p[1]) != epoch.get() || ctx.clock().millis() - issued > tokenLifetime.toMillis()) {
      throw expired();
    }
    long from = number(p[2]);
    List<String> select = List.of(p[4].split(","));
    return dir.read(
        () -> {
          long to = dir.sequence();
          return new Round(
              from, to, select, false, faults.withReplays(dir.changedAfter(from, to, select)));
        });
  }

  private String deltaToken(long seq, List<String> select) {
    return encode(
        "D|"
            + epoch.get()
            + "|"
            + seq
            + "|"
            + ctx.clock().millis()
            + "|"
            + String.join(",", select));
  }

  private static List<String> select(ApiRequest req) {
    String s = req.query.get("$select");
    if (s == null || s.isBlank()) {
      return UserSchema.DEFAULT;
    }
    List<String> out = new ArrayList<>();
    for (String p : s.split(",")) {
      String c = UserSchema.canonical(p.trim());
      if (c == null) {
        throw GraphException.badRequest(
            "Request_BadRequest",
            "Could not find a property named '"
                + p.trim()
                + "' on type 'Microsoft.DirectoryServices.User'.");
      }
      if (UserSchema.SINGLE_ONLY.contains(c)) {
        throw new GraphException(
            501, "NotImplemented", "This operation target is not yet supported.");
      }
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    if (!out.contains("id")) {
      out.add("id");
    }
    return out;
  }

  private static List<String> idFilter(ApiRequest req) {
    String f = req.query.get("$filter");
    if (f == null) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (String clause : f.split("(?i)\\s+or\\s+")) {
      String c = clause.trim();
      if (!c.matches("(?i)id\\s+eq\\s+'[^']+'")) {
        throw GraphException.unsupportedQuery(
            "Only 'id eq' filters combined with 'or' are supported with delta.");
      }
      ids.add(c.substring(c.indexOf('\'') + 1, c.lastIndexOf('\'')).toLowerCase());
    }
    if (ids.size() > 50) {
      throw GraphException.unsupportedQuery("Too many ids in filter; at most 50 are supported.");
    }
    return ids;
  }

  /**
   * As documented: the initial round names the $select list, rounds from a deltaLink name the plain
   * entity set.
   */
  private String context(ApiRequest req, List<String> select) {
    boolean initial = req.query.get("$skiptoken") == null && req.query.get("$deltatoken") == null;
    return initial && req.query.containsKey("$select")
        ? ctx.context(
            "users("
                + String.join(
                    ",",
                    select.stream()
                        .filter(s -> !s.equals("id") || req.query.get("$select").contains("id"))
                        .toList())
                + ")")
        : ctx.context("users");
  }

  private static int pageSize(ApiRequest req) {
    return req.preferredPageSize(DEFAULT_PAGE, MAX_PAGE);
  }

  static GraphException expired() {
    return GraphException.badRequest(
        "syncStateNotFound",
        "The sync state generation is not found. The delta token is expired and data must be synchronized again.");
  }

  /** A token is opaque to clients: a tampered number in it is an unknown sync state, not a 500. */
  private static long number(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw expired();
    }
  }

  private static String encode(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String s) {
    try {
      return new String(Base64.getUrlDecoder().decode(Http.decode(s)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw expired();
    }
  }
}
