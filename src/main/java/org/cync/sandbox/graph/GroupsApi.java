package org.cync.sandbox.graph;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryGroup;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.sandbox.tenant.UserSchema;

/**
 * {@code GET /groups}, {@code /groups/{id}}, {@code /members} and {@code /transitiveMembers} (with
 * optional OData cast to microsoft.graph.user or microsoft.graph.group). Members are
 * directoryObjects carrying {@code @odata.type}; without a user-read role an app still sees user
 * members, but only their type and ID.
 */
final class GroupsApi {
  static final List<String> GROUP_DEFAULT =
      List.of(
          "id",
          "description",
          "displayName",
          "groupTypes",
          "mail",
          "mailEnabled",
          "mailNickname",
          "securityEnabled",
          "visibility");
  private final Directory dir;
  private final GraphContext ctx;

  GroupsApi(Directory dir, GraphContext ctx) {
    this.dir = dir;
    this.ctx = ctx;
  }

  ApiResponse handle(ApiRequest req) {
    if (!req.method.equals("GET")) {
      throw new GraphException(
          405,
          "Request_BadRequest",
          "Specified HTTP method is not allowed for the request target.");
    }
    if (req.segments.size() == 1) {
      return list(req);
    }
    DirectoryGroup g = dir.read(() -> dir.group(req.seg(1)));
    if (g == null) {
      throw GraphException.directoryNotFound(req.seg(1));
    }
    if (req.segments.size() == 2) {
      DirectoryQuery q = new DirectoryQuery(req, GROUP_DEFAULT, false, false);
      JsonObject o = new JsonObject();
      o.addProperty("@odata.context", ctx.context("groups/$entity"));
      project(g.props(), q.select).entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
      return ApiResponse.json(200, o);
    }
    String nav = req.seg(2);
    boolean transitive = nav.equalsIgnoreCase("transitiveMembers");
    if (!transitive && !nav.equalsIgnoreCase("members") || req.segments.size() > 4) {
      throw GraphException.noRoute();
    }
    String cast = req.seg(3);
    if ("$count".equals(cast) && req.segments.size() == 4) {
      // GET /groups/{id}/members/$count and /transitiveMembers/$count (ConsistencyLevel:
      // eventual):
      // https://learn.microsoft.com/en-us/graph/api/group-list-members?view=graph-rest-1.0
      // and
      // https://learn.microsoft.com/en-us/graph/api/group-list-transitivemembers?view=graph-rest-1.0
      return DirectoryQuery.countSegment(
          req,
          () ->
              dir.read(
                  () ->
                      (long)
                          (transitive ? dir.transitiveMembers(g) : g.members())
                              .stream()
                                  .filter(id -> member(id, List.of("id"), true) != null)
                                  .count()));
    }
    if (cast != null
        && !cast.equalsIgnoreCase("microsoft.graph.user")
        && !cast.equalsIgnoreCase("microsoft.graph.group")) {
      throw GraphException.unsupportedQuery(
          "The specified type cast '" + cast + "' is not supported.");
    }
    if (cast != null && transitive && !(req.eventual() && req.countRequested())) {
      throw GraphException.unsupportedQuery(
          "Request with OData cast on transitive members requires ConsistencyLevel: eventual and $count=true.");
    }
    return members(req, g, transitive, cast);
  }

  private ApiResponse list(ApiRequest req) {
    DirectoryQuery q = new DirectoryQuery(req, GROUP_DEFAULT, false, true);
    List<JsonObject> all =
        dir.read(
            () -> {
              List<JsonObject> out = new ArrayList<>();
              for (DirectoryGroup g : dir.groups()) {
                if ((q.filter == null || q.filter.test(g.props())) && q.searchMatches(g.props())) {
                  out.add(project(g.props(), q.select));
                }
              }
              return out;
            });
    return ApiResponse.json(
        200,
        Paging.page(
            req,
            ctx.baseUrl() + "/groups",
            ctx.context(q.context("groups", req.query.containsKey("$select"))),
            all,
            q.top,
            q.count));
  }

  private ApiResponse members(ApiRequest req, DirectoryGroup g, boolean transitive, String cast) {
    boolean explicit = req.query.containsKey("$select");
    DirectoryQuery q = new DirectoryQuery(req, UserSchema.DEFAULT, false, true);
    boolean canReadUsers = Roles.any(req.token(), Roles.USER_READ);
    List<JsonObject> all =
        dir.read(
            () -> {
              List<JsonObject> out = new ArrayList<>();
              List<String> ids = transitive ? dir.transitiveMembers(g) : g.members();
              for (String id : ids) {
                JsonObject o = member(id, explicit ? q.select : null, canReadUsers);
                if (o == null
                    || (cast != null
                        && !o.get("@odata.type").getAsString().equalsIgnoreCase("#" + cast))) {
                  continue;
                }
                if (q.filter == null || q.filter.test(o)) {
                  out.add(o);
                }
              }
              return out;
            });
    String base =
        ctx.baseUrl() + "/groups/" + g.id() + "/" + req.seg(2) + (cast == null ? "" : "/" + cast);
    String context =
        ctx.context(
            cast == null
                ? "directoryObjects"
                : cast.toLowerCase().endsWith("user") ? "users" : "groups");
    return ApiResponse.json(200, Paging.page(req, base, context, all, q.top, q.count));
  }

  private JsonObject member(String id, List<String> select, boolean canReadUsers) {
    JsonObject o = new JsonObject();
    DirectoryUser u = dir.user(id);
    if (u != null) {
      o.addProperty("@odata.type", "#microsoft.graph.user");
      if (!canReadUsers) {
        o.addProperty("id", u.id());
        return o;
      }
      u.render(select != null ? select : UserSchema.DEFAULT)
          .entrySet()
          .forEach(e -> o.add(e.getKey(), e.getValue()));
      return o;
    }
    DirectoryGroup g = dir.group(id);
    if (g == null) {
      return null;
    }
    o.addProperty("@odata.type", "#microsoft.graph.group");
    project(g.props(), select != null ? select : GROUP_DEFAULT)
        .entrySet()
        .forEach(e -> o.add(e.getKey(), e.getValue()));
    return o;
  }

  private static JsonObject project(JsonObject props, List<String> select) {
    JsonObject o = new JsonObject();
    for (String s : select) {
      JsonElement v = props.get(s);
      o.add(s, v == null ? JsonNull.INSTANCE : v.deepCopy());
    }
    return o;
  }
}
