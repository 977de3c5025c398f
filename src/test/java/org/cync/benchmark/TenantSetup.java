package org.cync.benchmark;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import org.cync.testing.CyncServer;

/**
 * Connects a fresh CYNC to the sandbox as an administrator would (generate the certificate,
 * register the app with it and consent, save the connection, Test Connection), then makes the "CYNC
 * Targets" group the targets and sets Outlook's limits and the scenario's latency.
 */
final class TenantSetup {
  static final int CONCURRENCY = 4;
  static final int REQUESTS_PER_WINDOW = 10_000;
  static final long WINDOW_MILLIS = 600_000;
  private static final String[] ROLES = {"User.Read.All", "Group.Read.All", "Contacts.ReadWrite"};

  private TenantSetup() {}

  /** Returns the Test Connection checklist's verdict and the targets' member count. */
  static String connect(CyncServer cync, SandboxProcess sandbox) {
    JsonObject made = json(cync.postJson("/api/connection/certificate", "{}"), 201);
    String thumbprint = made.get("thumbprint").getAsString();
    HttpResponse<byte[]> cer =
        cync.getBytes("/api/connection/certificate.cer?thumbprint=" + thumbprint);
    if (cer.statusCode() != 200) {
      throw new IllegalStateException("certificate.cer -> " + cer.statusCode());
    }
    String clientId =
        sandbox
            .admin("POST", "/apps", "{\"displayName\":\"CYNC benchmark\"}")
            .getAsJsonObject()
            .get("clientId")
            .getAsString();
    sandbox.admin(
        "POST", "/apps/" + clientId + "/certificates", cer.body(), "application/pkix-cert");
    for (String role : ROLES) {
      sandbox.admin("PUT", "/apps/" + clientId + "/permissions/" + role, (String) null);
    }
    JsonObject settings = new JsonObject();
    settings.addProperty("tenantId", sandbox.get("tenant"));
    settings.addProperty("clientId", clientId);
    settings.addProperty("thumbprint", thumbprint);
    settings.addProperty("authorityHost", sandbox.get("authority"));
    settings.addProperty("graphBaseUrl", sandbox.get("graph"));
    settings.addProperty("trustedCaFile", sandbox.get("ca"));
    json(cync.send("PUT", "/api/connection", settings.toString()), 200);
    JsonObject test = json(cync.postJson("/api/connection/test", ""), 200);
    StringBuilder verdict = new StringBuilder(test.get("ok").getAsBoolean() ? "ok" : "NOT OK");
    for (JsonElement l : test.getAsJsonArray("lines")) {
      JsonObject line = l.getAsJsonObject();
      String status = line.get("status").getAsString();
      if (!"PASSED".equals(status)) {
        verdict.append(", ").append(line.get("name").getAsString()).append(' ').append(status);
      }
    }
    return verdict.toString();
  }

  /** The ID and member count of the sandbox's "CYNC Targets" group (its mailbox users). */
  static JsonObject targetsGroup(SandboxProcess sandbox) {
    for (JsonElement g : sandbox.admin("GET", "/groups", (String) null).getAsJsonArray()) {
      if ("CYNC Targets".equals(g.getAsJsonObject().get("displayName").getAsString())) {
        return g.getAsJsonObject();
      }
    }
    throw new IllegalStateException("the sandbox has no group 'CYNC Targets'");
  }

  /** Null when CYNC took the settings, else a warning to print. */
  static String chooseTargets(CyncServer cync, String groupId, int parallelism) {
    HttpResponse<String> r =
        cync.send(
            "PUT",
            "/api/sync-settings",
            "{\"targets\":{\"groupIds\":[\""
                + groupId
                + "\"]},\"mailboxParallelism\":"
                + parallelism
                + "}");
    if (r.statusCode() / 100 == 2) {
      return null;
    }
    return "PUT /api/sync-settings -> "
        + r.statusCode()
        + (r.statusCode() == 404 ? " (not on this branch yet): CYNC uses its default targets" : "")
        + (r.body().startsWith("{") ? ": " + r.body().strip() : "");
  }

  static void limitsAndLatency(SandboxProcess sandbox, long latencyMillis) {
    sandbox.admin(
        "PUT",
        "/limits",
        "{\"mailboxConcurrency\":"
            + CONCURRENCY
            + ",\"mailboxRequestsPerWindow\":"
            + REQUESTS_PER_WINDOW
            + ",\"mailboxWindowMillis\":"
            + WINDOW_MILLIS
            + ",\"timeScale\":1.0}");
    sandbox.admin(
        "PUT",
        "/latency",
        "{\"minMillis\":"
            + latencyMillis
            + ",\"maxMillis\":"
            + latencyMillis
            + ",\"spikeRate\":0}");
  }

  static JsonObject json(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(
          r.request().method()
              + " "
              + r.uri().getPath()
              + " -> "
              + r.statusCode()
              + ": "
              + r.body());
    }
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }
}
