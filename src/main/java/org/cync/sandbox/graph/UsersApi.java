package org.cync.sandbox.graph;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.sandbox.tenant.UserSchema;

/** {@code GET /users}, {@code /users/$count}, {@code /users/{id}} and the user's photo. */
final class UsersApi {
  private final Directory dir;
  private final GraphContext ctx;

  UsersApi(Directory dir, GraphContext ctx) {
    this.dir = dir;
    this.ctx = ctx;
  }

  ApiResponse list(ApiRequest req) {
    DirectoryQuery q = new DirectoryQuery(req, UserSchema.DEFAULT, true, true);
    boolean expandManager = expandManager(req);
    String context = ctx.context(q.context("users", req.query.containsKey("$select")));
    JsonObject page =
        dir.read(
            () -> {
              List<DirectoryUser> matched = new ArrayList<>();
              for (DirectoryUser u : dir.allUsers()) {
                if (u.deleted()) {
                  continue;
                }
                if (q.filter != null || q.search != null || q.orderBy != null) {
                  JsonObject full = u.render(UserSchema.ALL);
                  if ((q.filter != null && !q.filter.test(full)) || !q.searchMatches(full)) {
                    continue;
                  }
                }
                matched.add(u);
              }
              if (q.orderBy != null) {
                String key = UserSchema.canonical(q.orderBy);
                Comparator<DirectoryUser> c =
                    Comparator.comparing(u -> String.valueOf(u.string(key)).toLowerCase());
                matched.sort(q.descending ? c.reversed() : c);
              }
              return Paging.page(
                  req,
                  ctx.baseUrl() + "/users",
                  context,
                  matched,
                  DirectoryUser::id,
                  u -> {
                    JsonObject o = u.render(q.select);
                    if (expandManager) {
                      addManager(o, u);
                    }
                    return o;
                  },
                  q.top,
                  q.count);
            });
    return ApiResponse.json(200, page);
  }

  ApiResponse count(ApiRequest req) {
    return DirectoryQuery.countSegment(
        req, () -> dir.read(() -> dir.allUsers().stream().filter(u -> !u.deleted()).count()));
  }

  ApiResponse get(ApiRequest req, String id) {
    DirectoryQuery q = new DirectoryQuery(req, UserSchema.DEFAULT, true, false);
    boolean expandManager = expandManager(req);
    JsonObject o =
        dir.read(
            () -> {
              DirectoryUser u = dir.user(id);
              if (u == null) {
                throw GraphException.directoryNotFound(id);
              }
              JsonObject r = new JsonObject();
              r.addProperty(
                  "@odata.context",
                  ctx.context(q.context("users", req.query.containsKey("$select")) + "/$entity"));
              u.render(q.select).entrySet().forEach(e -> r.add(e.getKey(), e.getValue()));
              if (expandManager) {
                addManager(r, u);
              }
              return r;
            });
    return ApiResponse.json(200, o);
  }

  private static boolean expandManager(ApiRequest req) {
    String e = req.query.get("$expand");
    if (e == null) {
      return false;
    }
    if (!e.trim().equalsIgnoreCase("manager")) {
      throw GraphException.badRequest(
          "Request_BadRequest",
          "Could not find a property named '"
              + e
              + "' on type 'Microsoft.DirectoryServices.User'.");
    }
    if (req.eventual()) {
      throw GraphException.unsupportedQuery("$expand is not supported with advanced queries.");
    }
    return true;
  }

  private void addManager(JsonObject o, DirectoryUser u) {
    DirectoryUser m = u.managerId() == null ? null : dir.user(u.managerId());
    if (m != null) {
      JsonObject mo = new JsonObject();
      mo.addProperty("@odata.type", "#microsoft.graph.user");
      m.render(UserSchema.DEFAULT).entrySet().forEach(e -> mo.add(e.getKey(), e.getValue()));
      o.add("manager", mo);
    }
  }

  ApiResponse photo(ApiRequest req, String id, boolean value) {
    return dir.read(
        () -> {
          DirectoryUser u = dir.user(id);
          if (u == null) {
            throw GraphException.directoryNotFound(id);
          }
          if (u.photo() == null) {
            throw new GraphException(
                404,
                "ImageNotFound",
                "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.");
          }
          if (value) {
            return ApiResponse.binary(200, "image/jpeg", u.photo()).header("ETag", u.photoEtag());
          }
          JsonObject o = new JsonObject();
          o.addProperty("@odata.context", ctx.context("users('" + u.id() + "')/photo/$entity"));
          o.addProperty("@odata.mediaContentType", "image/jpeg");
          o.addProperty("@odata.mediaEtag", u.photoEtag());
          o.addProperty("id", "240x240");
          o.addProperty("height", 240);
          o.addProperty("width", 240);
          return ApiResponse.json(200, o);
        });
  }
}
