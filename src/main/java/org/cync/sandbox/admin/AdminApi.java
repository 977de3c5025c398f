package org.cync.sandbox.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.http.Http;
import org.cync.sandbox.http.Json;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.sandbox.token.AppRegistration;
import org.cync.sandbox.token.AppRegistry;
import org.cync.sandbox.token.TokenService;

/** Dispatches {@code /admin/...}; errors are {@code {"error": "..."}} with 400 or 404. */
public final class AdminApi implements HttpHandler {
  private final GraphSandbox sandbox;

  public AdminApi(GraphSandbox sandbox) {
    this.sandbox = sandbox;
  }

  private static final class AdminError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    AdminError(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String[] s = ex.getRequestURI().getPath().replaceAll("^/admin/?", "").split("/");
    List<String> seg = s.length == 1 && s[0].isEmpty() ? List.of() : List.of(s);
    byte[] body = Http.readBody(ex, 8 << 20);
    if (body == null) {
      Http.sendJson(ex, 413, Json.bytes(Json.obj("error", "The request body exceeds 8 MB.")));
      return;
    }
    try {
      JsonElement out = route(ex.getRequestMethod(), seg, body);
      Http.sendJson(ex, 200, Json.bytes(out == null ? new JsonObject() : out));
    } catch (AdminError e) {
      Http.sendJson(ex, e.status, Json.bytes(Json.obj("error", e.getMessage())));
    } catch (RuntimeException e) {
      Http.sendJson(ex, 400, Json.bytes(Json.obj("error", String.valueOf(e.getMessage()))));
    }
  }

  private JsonElement route(String method, List<String> seg, byte[] body) {
    String area = seg.isEmpty() ? "" : seg.get(0);
    return switch (area) {
      case "" -> summary();
      case "apps" -> Apps.route(sandbox, method, seg, body);
      case "directory" -> directory(method, seg, body);
      case "groups" -> GroupsAdmin.list(sandbox, method, seg);
      case "limits" -> settings(method, body, sandbox.limits());
      case "latency" -> settings(method, body, sandbox.latency());
      case "faults" -> faults(method, seg, body);
      case "mailboxes" -> mailboxes(method, seg, body);
      case "counters" -> sandbox.counters().toJson();
      case "errors" -> sandbox.pipeline().errors().toJson();
      case "tokens" -> tokens(method, body);
      case "reset" -> {
        require(method, "POST");
        sandbox.reset();
        yield summary();
      }
      default -> throw new AdminError(404, "No admin resource '" + area + "'");
    };
  }

  private JsonObject summary() {
    JsonObject o = new JsonObject();
    o.addProperty("tenant", sandbox.tenantId());
    o.addProperty("domain", sandbox.domain());
    o.addProperty("authority", sandbox.authority());
    o.addProperty("graph", sandbox.graphBaseUrl());
    o.addProperty("admin", sandbox.adminUrl());
    o.addProperty("ca", sandbox.caFile().toString());
    long[] counts =
        sandbox
            .directory()
            .read(
                () -> {
                  long users = 0;
                  long mailboxes = 0;
                  for (DirectoryUser u : sandbox.directory().allUsers()) {
                    if (!u.deleted()) {
                      users++;
                      mailboxes += u.mailboxLicensed() ? 1 : 0;
                    }
                  }
                  return new long[] {users, mailboxes};
                });
    o.addProperty("users", counts[0]);
    o.addProperty("mailboxes", counts[1]);
    return o;
  }

  static void require(String method, String expected) {
    if (!method.equals(expected)) {
      throw new AdminError(405, "Use " + expected);
    }
  }

  static JsonObject body(byte[] body) {
    JsonObject o = Json.objectOrNull(body);
    return o == null ? new JsonObject() : o;
  }

  /** GET shows public fields of a settings object; PUT sets the ones given. */
  private static JsonElement settings(String method, byte[] body, Object target) {
    if (method.equals("PUT")) {
      for (Map.Entry<String, JsonElement> e : body(body).entrySet()) {
        try {
          java.lang.reflect.Field f = target.getClass().getField(e.getKey());
          Class<?> t = f.getType();
          Object v =
              t == int.class
                  ? e.getValue().getAsInt()
                  : t == long.class
                      ? e.getValue().getAsLong()
                      : t == double.class
                          ? e.getValue().getAsDouble()
                          : t == boolean.class ? e.getValue().getAsBoolean() : null;
          f.set(target, v);
        } catch (NoSuchFieldException | IllegalAccessException ex) {
          throw new AdminError(400, "Unknown setting '" + e.getKey() + "'");
        }
      }
    }
    JsonObject o = new JsonObject();
    for (java.lang.reflect.Field f : target.getClass().getFields()) {
      if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        try {
          o.add(f.getName(), Json.GSON.toJsonTree(f.get(target)));
        } catch (IllegalAccessException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
    return o;
  }

  /**
   * Access-token lifetime (expires_in: one fixed value, or drawn between a min and a max) and
   * users/delta token lifetime, in seconds.
   */
  private JsonElement tokens(String method, byte[] body) {
    JsonObject b = body(body);
    TokenService tokens = sandbox.tokens();
    if (method.equals("PUT")) {
      if (b.has("accessTokenLifetimeSeconds")) {
        tokens.setLifetimeSeconds(b.get("accessTokenLifetimeSeconds").getAsLong());
      }
      if (b.has("accessTokenLifetimeMinSeconds") || b.has("accessTokenLifetimeMaxSeconds")) {
        tokens.setLifetimeSeconds(
            seconds(b, "accessTokenLifetimeMinSeconds", tokens.minLifetimeSeconds()),
            seconds(b, "accessTokenLifetimeMaxSeconds", tokens.maxLifetimeSeconds()));
      }
      if (b.has("userDeltaTokenLifetimeSeconds")) {
        sandbox
            .pipeline()
            .setUserDeltaTokenLifetime(seconds(b.get("userDeltaTokenLifetimeSeconds").getAsLong()));
      }
    }
    JsonObject o =
        Json.obj(
            "accessTokenLifetimeMinSeconds",
            tokens.minLifetimeSeconds(),
            "accessTokenLifetimeMaxSeconds",
            tokens.maxLifetimeSeconds(),
            "userDeltaTokenLifetimeSeconds",
            sandbox.pipeline().userDeltaTokenLifetime().toSeconds());
    if (tokens.minLifetimeSeconds() == tokens.maxLifetimeSeconds()) {
      o.addProperty("accessTokenLifetimeSeconds", tokens.minLifetimeSeconds());
    }
    return o;
  }

  private static long seconds(JsonObject b, String name, long otherwise) {
    return b.has(name) ? b.get(name).getAsLong() : otherwise;
  }

  private JsonElement faults(String method, List<String> seg, byte[] body) {
    if (seg.size() == 2 && seg.get(1).equals("expire-user-delta-tokens")) {
      require(method, "POST");
      sandbox.pipeline().expireUserDeltaTokens();
      return Json.obj("expired", true);
    }
    return settings(method, body, sandbox.faults());
  }

  private JsonElement directory(String method, List<String> seg, byte[] body) {
    return DirectoryAdmin.route(sandbox, method, seg, body);
  }

  private JsonElement mailboxes(String method, List<String> seg, byte[] body) {
    if (seg.size() == 1) {
      JsonArray a = new JsonArray();
      for (Mailbox m : sandbox.mailboxes().all()) {
        a.add(
            Json.obj(
                "userId",
                m.userId(),
                "contacts",
                m.contactCount(),
                "folders",
                m.folderCount(),
                "unavailable",
                m.unavailable(),
                "denied",
                m.denied()));
      }
      return a;
    }
    Mailbox m = sandbox.mailboxes().mailbox(seg.get(1));
    String what = seg.size() > 2 ? seg.get(2) : "";
    switch (what) {
      case "folders" -> {
        if (seg.size() == 3) {
          return MailboxAdmin.folders(m);
        }
        JsonArray contacts = MailboxAdmin.contacts(m, seg.get(3));
        if (contacts == null) {
          throw new AdminError(404, "No folder " + seg.get(3));
        }
        return contacts;
      }
      case "unavailable" -> {
        require(method, "PUT");
        JsonObject b = body(body);
        m.setUnavailable(!b.has("unavailable") || b.get("unavailable").getAsBoolean());
        return Json.obj("userId", m.userId(), "unavailable", m.unavailable());
      }
      case "denied" -> {
        require(method, "PUT");
        JsonObject b = body(body);
        m.setDenied(!b.has("denied") || b.get("denied").getAsBoolean());
        return Json.obj("userId", m.userId(), "denied", m.denied());
      }
      case "evict-delta-tokens" -> {
        require(method, "POST");
        m.evictDeltaTokens();
        return Json.obj("userId", m.userId(), "evicted", true);
      }
      default -> throw new AdminError(404, "No mailbox resource '" + what + "'");
    }
  }

  static AdminError notFound(String what) {
    return new AdminError(404, what);
  }

  static Map<String, JsonElement> props(JsonObject o) {
    Map<String, JsonElement> m = new LinkedHashMap<>();
    o.entrySet().forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  static AppRegistration app(AppRegistry apps, String clientId) {
    AppRegistration a = apps.find(clientId);
    if (a == null) {
      throw notFound("No app " + clientId);
    }
    return a;
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }
}
