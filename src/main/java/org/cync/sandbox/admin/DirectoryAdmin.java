package org.cync.sandbox.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.http.Json;
import org.cync.sandbox.tenant.Directory;

/**
 * {@code /admin/directory}: change k users, create, update, delete (soft or permanent) and restore
 * users, set or remove photos, switch mailboxes on or off, move users between groups.
 */
final class DirectoryAdmin {
  private DirectoryAdmin() {}

  static JsonElement route(GraphSandbox sandbox, String method, List<String> seg, byte[] body) {
    Directory dir = sandbox.directory();
    JsonObject b = AdminApi.body(body);
    if (seg.size() == 3 && seg.get(1).equals("users") && seg.get(2).equals("change")) {
      AdminApi.require(method, "POST");
      int k = b.has("count") ? b.get("count").getAsInt() : 1;
      return Json.GSON.toJsonTree(sandbox.mutator().changeUsers(k));
    }
    if (seg.size() == 2 && seg.get(1).equals("users")) {
      AdminApi.require(method, "POST");
      String id = AdminApi.newId();
      JsonObject p = b.deepCopy();
      p.remove("mailbox");
      if (!p.has("accountEnabled")) {
        p.addProperty("accountEnabled", true);
      }
      if (!p.has("userType")) {
        p.addProperty("userType", "Member");
      }
      dir.addUser(id, AdminApi.props(p));
      if (b.has("mailbox") && b.get("mailbox").getAsBoolean()) {
        dir.setMailboxLicensed(id, true);
      }
      return Json.obj("id", id);
    }
    if (seg.size() >= 3 && seg.get(1).equals("users")) {
      String id = seg.get(2);
      String action = seg.size() > 3 ? seg.get(3) : "";
      boolean ok;
      switch (action) {
        case "" -> {
          AdminApi.require(method, "PATCH");
          ok = dir.update(id, AdminApi.props(b));
        }
        case "delete" ->
            ok =
                b.has("permanent") && b.get("permanent").getAsBoolean()
                    ? dir.hardDelete(id)
                    : dir.softDelete(id);
        case "restore" -> ok = dir.restore(id);
        case "photo" -> {
          ok = dir.read(() -> dir.anyUser(id.toLowerCase()) != null);
          if (ok) {
            if (method.equals("DELETE")) {
              sandbox.mutator().changePhoto(id.toLowerCase(), true);
            } else if (body.length > 0) {
              dir.setPhoto(id, body);
            } else {
              sandbox.mutator().changePhoto(id.toLowerCase(), false);
            }
          }
        }
        case "mailbox" -> {
          ok = dir.read(() -> dir.anyUser(id.toLowerCase()) != null);
          if (ok) {
            dir.setMailboxLicensed(
                id.toLowerCase(), !b.has("enabled") || b.get("enabled").getAsBoolean());
          }
        }
        default -> throw AdminApi.notFound("No user action " + action);
      }
      if (!ok) {
        throw AdminApi.notFound(
            "No user " + id + " in a state allowing " + (action.isEmpty() ? "update" : action));
      }
      return Json.obj("id", id, "done", action.isEmpty() ? "update" : action);
    }
    if (seg.size() == 2 && seg.get(1).equals("move")) {
      AdminApi.require(method, "POST");
      String user = Json.str(b, "user");
      String from = Json.str(b, "from");
      String to = Json.str(b, "to");
      if (dir.read(() -> dir.group(from) == null || dir.group(to) == null)) {
        throw AdminApi.notFound("Unknown group");
      }
      boolean removed =
          sandbox
              .mutator()
              .moveBetweenGroups(user.toLowerCase(), from.toLowerCase(), to.toLowerCase());
      return Json.obj("user", user, "wasMember", removed);
    }
    throw AdminApi.notFound("No directory resource " + String.join("/", seg));
  }
}
