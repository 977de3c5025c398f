package org.cync.sandbox.token;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cync.sandbox.http.Http;
import org.cync.sandbox.http.Json;

/**
 * The Entra side over HTTPS: {@code POST /{tenant}/oauth2/v2.0/token} (client credentials with a
 * certificate assertion) and the metadata documents MSAL may ask for. Unknown form parameters such
 * as {@code claims} are ignored, like Entra does.
 */
public final class TokenEndpoint implements HttpHandler {
  public static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
  private static final Logger LOG = Logger.getLogger(TokenEndpoint.class.getName());
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final TenantInfo tenant;
  private final AppRegistry apps;
  private final TokenService tokens;
  private final AssertionValidator validator;
  private final Clock clock;
  private final BiConsumer<String, Integer> counter;

  public TokenEndpoint(
      TenantInfo tenant,
      AppRegistry apps,
      TokenService tokens,
      Clock clock,
      BiConsumer<String, Integer> counter) {
    this.tenant = tenant;
    this.apps = apps;
    this.tokens = tokens;
    this.clock = clock;
    this.validator = new AssertionValidator(clock, 300);
    this.counter = counter;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String[] seg = path.replaceAll("^/+", "").split("/");
    String base = "https://" + ex.getRequestHeaders().getFirst("Host");
    int status = 500;
    try {
      if (seg.length == 4
          && "oauth2".equals(seg[1])
          && "token".equals(seg[3])
          && "v2.0".equals(seg[2])
          && "POST".equals(ex.getRequestMethod())) {
        JsonObject ok = token(ex, seg[0], base + path);
        if (ok == null) {
          status = 413;
          Http.send(ex, 413, Map.of(), new byte[0]);
          return;
        }
        status = 200;
        Http.send(
            ex,
            200,
            Map.of(
                "Content-Type",
                "application/json; charset=utf-8",
                "Cache-Control",
                "no-store, no-cache",
                "Pragma",
                "no-cache"),
            Json.bytes(ok));
      } else if (path.endsWith("/.well-known/openid-configuration") && tenantKnown(seg[0])) {
        status = 200;
        Http.sendJson(ex, 200, Json.bytes(OpenIdMetadata.configuration(base, tenant)));
      } else if (path.endsWith("/discovery/v2.0/keys") || path.endsWith("/discovery/keys")) {
        status = 200;
        Http.sendJson(ex, 200, Json.bytes(OpenIdMetadata.keys(tokens)));
      } else if (path.endsWith("/discovery/instance")) {
        status = 200;
        Http.sendJson(ex, 200, Json.bytes(OpenIdMetadata.instance(base, tenant)));
      } else if (seg.length > 0 && !tenantKnown(seg[0]) && !"common".equals(seg[0])) {
        throw tenantNotFound(
            seg[0], path.contains("/.well-known/") ? "invalid_tenant" : "invalid_request");
      } else {
        LOG.log(
            Level.INFO,
            "Token endpoint: no route for {0} {1}",
            new Object[] {ex.getRequestMethod(), path});
        status = 404;
        Http.send(ex, 404, Map.of(), new byte[0]);
      }
    } catch (AadException e) {
      status = e.status();
      Http.sendJson(
          ex,
          e.status(),
          Json.bytes(errorBody(e, ex.getRequestHeaders().getFirst("client-request-id"))));
    } finally {
      counter.accept("token " + (seg.length > 1 ? seg[seg.length - 1] : path), status);
    }
  }

  private boolean tenantKnown(String segment) {
    return tenant.matches(segment);
  }

  /**
   * AADSTS90002: "invalid_tenant" from OIDC discovery, "invalid_request" from the token endpoint.
   */
  private AadException tenantNotFound(String segment, String error) {
    return new AadException(
        400,
        error,
        90002,
        "Tenant '"
            + segment
            + "' not found. Check to make sure you have the correct tenant ID and"
            + " are signing into the correct cloud. Check with your subscription administrator,"
            + " this may happen if there are no active subscriptions for the tenant.");
  }

  /** The token response, or null when the form is over 1 MB (answered 413, never parsed). */
  private JsonObject token(HttpExchange ex, String tenantSegment, String tokenUrl)
      throws IOException {
    if (!tenantKnown(tenantSegment)) {
      throw tenantNotFound(tenantSegment, "invalid_request");
    }
    byte[] body = Http.readBody(ex, 1 << 20);
    if (body == null) {
      return null; // over 1 MB: refused like a front door would, never parsed truncated
    }
    Map<String, String> form = Http.params(new String(body, StandardCharsets.UTF_8));
    String grantType = form.get("grant_type");
    if (grantType == null || grantType.isEmpty()) {
      // AADSTS900144 "The request body must contain the following parameter: '{name}'":
      // https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes ; the
      // request must carry grant_type=client_credentials in its body:
      // https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow
      throw new AadException(
          400,
          "invalid_request",
          900144,
          "The request body must contain the following parameter: 'grant_type'.");
    }
    if (!"client_credentials".equals(grantType)) {
      throw new AadException(
          400,
          "unsupported_grant_type",
          70003,
          "The app requested an unsupported grant type '"
              + form.getOrDefault("grant_type", "")
              + "'.");
    }
    String clientId = form.get("client_id");
    if (clientId == null || clientId.isBlank()) {
      throw new AadException(
          400,
          "invalid_request",
          900144,
          "The request body must contain the following parameter: 'client_id'.");
    }
    AppRegistration app = apps.find(clientId);
    if (app == null) {
      throw new AadException(
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + clientId
              + "' was not found in the directory '"
              + tenant.domain()
              + "'. This can happen if the application has not been installed by"
              + " the administrator of the tenant or consented to by any user in the tenant. You"
              + " may have sent your authentication request to the wrong tenant.");
    }
    String scope = form.get("scope");
    if (scope == null || scope.isBlank()) {
      throw new AadException(
          400,
          "invalid_request",
          900144,
          "The request body must contain the following parameter: 'scope'.");
    }
    if (!graphScope(scope)) {
      throw new AadException(
          400,
          "invalid_scope",
          70011,
          "The provided value for the input parameter 'scope' is not valid. The scope "
              + scope
              + " is not valid.");
    }
    String assertion = form.get("client_assertion");
    if (form.containsKey("client_secret")) {
      throw new AadException(
          401,
          "invalid_client",
          7000215,
          "Invalid client secret provided. Ensure the secret being sent in the request is the"
              + " client secret value, not the client secret ID, for a secret added to app '"
              + app.clientId()
              + "'.");
    }
    if (assertion == null || assertion.isEmpty()) {
      throw new AadException(
          401,
          "invalid_client",
          7000216,
          "'client_assertion', 'client_secret' or 'request' is required for the"
              + " 'client_credentials' grant type.");
    }
    if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        .equals(form.get("client_assertion_type"))) {
      throw new AadException(
          400,
          "invalid_request",
          900144,
          "The request body must contain the following parameter: 'client_assertion_type'.");
    }
    String guidUrl = tokenUrl.replace("/" + tenantSegment + "/", "/" + tenant.tenantId() + "/");
    try {
      validator.validate(assertion, app, tokenUrl);
    } catch (AadException e) {
      if (e.code() != 700023 || guidUrl.equals(tokenUrl)) {
        throw e;
      }
      validator.validate(assertion, app, guidUrl);
    }
    long life = tokens.drawLifetimeSeconds();
    JsonObject ok = new JsonObject();
    ok.addProperty("token_type", "Bearer");
    ok.addProperty("expires_in", life);
    ok.addProperty("ext_expires_in", life);
    ok.addProperty("access_token", tokens.issue(app, life));
    return ok;
  }

  /**
   * Exactly one resource scope, Graph's .default; the OIDC scopes MSAL always adds (openid,
   * profile, offline_access) are ignored for client credentials, as Entra does.
   */
  static boolean graphScope(String scope) {
    if (scope == null) {
      return false;
    }
    java.util.List<String> rest = new java.util.ArrayList<>();
    for (String s : scope.trim().split("\\s+")) {
      if (!java.util.Set.of("openid", "profile", "offline_access", "email").contains(s)) {
        rest.add(s);
      }
    }
    return rest.size() == 1
        && (GRAPH_SCOPE.equals(rest.get(0))
            || (TokenService.GRAPH_APP_ID + "/.default").equals(rest.get(0)));
  }

  private JsonObject errorBody(AadException e, String clientRequestId) {
    String trace = UUID.randomUUID().toString();
    String correlation = clientRequestId != null ? clientRequestId : UUID.randomUUID().toString();
    String stamp = STAMP.format(clock.instant());
    JsonObject o = new JsonObject();
    o.addProperty("error", e.error());
    o.addProperty(
        "error_description",
        "AADSTS"
            + e.code()
            + ": "
            + e.getMessage()
            + "\r\nTrace ID: "
            + trace
            + "\r\nCorrelation ID: "
            + correlation
            + "\r\nTimestamp: "
            + stamp);
    JsonArray codes = new JsonArray();
    codes.add(e.code());
    o.add("error_codes", codes);
    o.addProperty("timestamp", stamp);
    o.addProperty("trace_id", trace);
    o.addProperty("correlation_id", correlation);
    o.addProperty("error_uri", "https://login.microsoftonline.com/error?code=" + e.code());
    return o;
  }
}
