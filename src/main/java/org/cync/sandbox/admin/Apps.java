package org.cync.sandbox.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.http.Json;
import org.cync.sandbox.token.AppRegistration;
import org.cync.sandbox.token.AppRegistry;

/** {@code /admin/apps}: register apps, upload certificates (PEM or DER), grant and revoke roles. */
final class Apps {
  private Apps() {}

  static JsonElement route(GraphSandbox sandbox, String method, List<String> seg, byte[] body) {
    AppRegistry apps = sandbox.apps();
    if (seg.size() == 1) {
      if (method.equals("POST")) {
        JsonObject b = AdminApi.body(body);
        AppRegistration a = apps.register(Json.str(b, "clientId"), Json.str(b, "displayName"));
        return view(a);
      }
      JsonArray all = new JsonArray();
      apps.all().forEach(a -> all.add(view(a)));
      return all;
    }
    AppRegistration a = AdminApi.app(apps, seg.get(1));
    if (seg.size() == 2) {
      return view(a);
    }
    switch (seg.get(2)) {
      case "certificates" -> {
        if (seg.size() == 3) {
          AdminApi.require(method, "POST");
          String thumb = a.addCertificate(AppRegistry.parseCertificate(body));
          return Json.obj("clientId", a.clientId(), "thumbprint", thumb);
        }
        AdminApi.require(method, "DELETE");
        if (!a.removeCertificate(seg.get(3))) {
          throw AdminApi.notFound("No certificate " + seg.get(3));
        }
        return view(a);
      }
      case "permissions" -> {
        if (seg.size() == 4 && method.equals("PUT")) {
          a.grant(seg.get(3));
        } else if (seg.size() == 4 && method.equals("DELETE")) {
          a.revoke(seg.get(3));
        }
        return view(a);
      }
      default -> throw AdminApi.notFound("No app resource " + seg.get(2));
    }
  }

  static JsonObject view(AppRegistration a) {
    JsonObject o = new JsonObject();
    o.addProperty("clientId", a.clientId());
    o.addProperty("servicePrincipalId", a.servicePrincipalId());
    o.addProperty("displayName", a.displayName());
    o.add("certificates", Json.GSON.toJsonTree(a.thumbprints()));
    o.add("permissions", Json.GSON.toJsonTree(a.roles()));
    return o;
  }
}
