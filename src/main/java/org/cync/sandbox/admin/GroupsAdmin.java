package org.cync.sandbox.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.List;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.http.Json;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryGroup;

/**
 * {@code GET /admin/groups}: the tenant's groups with their IDs and member counts, read-only, so a
 * script can find "CYNC Targets" without signing in to Graph.
 */
final class GroupsAdmin {
  private GroupsAdmin() {}

  static JsonElement list(GraphSandbox sandbox, String method, List<String> seg) {
    if (seg.size() != 1) {
      throw AdminApi.notFound("No admin resource '" + String.join("/", seg) + "'");
    }
    AdminApi.require(method, "GET");
    Directory dir = sandbox.directory();
    return dir.read(
        () -> {
          JsonArray a = new JsonArray();
          for (DirectoryGroup g : dir.groups()) {
            a.add(
                Json.obj(
                    "id",
                    g.id(),
                    "displayName",
                    g.props().get("displayName").getAsString(),
                    "memberCount",
                    g.members().size(),
                    "transitiveMemberCount",
                    dir.transitiveMembers(g).size()));
          }
          return a;
        });
  }
}
