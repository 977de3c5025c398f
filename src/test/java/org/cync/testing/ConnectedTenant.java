package org.cync.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.cync.sandbox.GraphSandbox;

/**
 * Connects a running {@code cync.jar} to a sandbox tenant the way an administrator does: CYNC
 * generates its certificate, the app is registered in the "portal" (the sandbox's admin API) with
 * the .cer and admin consent, and the IDs and endpoints are saved on the Connection page's API.
 */
public final class ConnectedTenant {
  public static final String[] ROLES = {"User.Read.All", "Group.Read.All", "Contacts.ReadWrite"};
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ConnectedTenant() {}

  /** Returns the registered client ID. */
  public static String connect(CyncServer server, GraphSandbox sandbox) throws Exception {
    HttpResponse<String> made = server.send("POST", "/api/connection/certificate", "{}");
    check(201, made);
    String thumbprint = CyncServer.parse(made.body()).getString("thumbprint");
    String clientId = UUID.randomUUID().toString();
    admin(sandbox, "POST", "/apps", ("{\"clientId\":\"" + clientId + "\"}").getBytes());
    HttpResponse<byte[]> cer =
        server.getBytes("/api/connection/certificate.cer?thumbprint=" + thumbprint);
    admin(sandbox, "POST", "/apps/" + clientId + "/certificates", cer.body());
    for (String role : ROLES) {
      admin(sandbox, "PUT", "/apps/" + clientId + "/permissions/" + role, null);
    }
    check(
        200,
        server.send(
            "PUT",
            "/api/connection",
            ("{\"tenantId\":\"%s\",\"clientId\":\"%s\",\"thumbprint\":\"%s\",\"authorityHost\":\"%s\","
                    + "\"graphBaseUrl\":\"%s\",\"trustedCaFile\":\"%s\"}")
                .formatted(
                    sandbox.tenantId(),
                    clientId,
                    thumbprint,
                    sandbox.authority(),
                    sandbox.graphBaseUrl(),
                    sandbox.caFile().toAbsolutePath())));
    return clientId;
  }

  /** A call to the sandbox's admin API; answers the body. */
  public static String admin(GraphSandbox sandbox, String method, String path, byte[] body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.adminUrl() + path));
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  public static String adminJson(GraphSandbox sandbox, String method, String path, String json)
      throws Exception {
    return admin(sandbox, method, path, json.getBytes(StandardCharsets.UTF_8));
  }

  private static void check(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      throw new AssertionError("expected " + status + ": " + r.statusCode() + " " + r.body());
    }
  }
}
