package org.cync.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.cync.sandbox.token.TokenEndpoint;

/** A plain JDK HTTP client for exact-wire tests of the sandbox (trusting only the sandbox CA). */
public final class Raw {
  public final GraphSandbox sandbox;
  public final HttpClient http;

  public Raw(GraphSandbox sandbox) {
    this.sandbox = sandbox;
    this.http =
        HttpClient.newBuilder()
            .sslContext(trusting(sandbox))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** An SSLContext that trusts the CA certificate file the sandbox wrote. */
  public static SSLContext trusting(GraphSandbox sandbox) {
    try (InputStream in = Files.newInputStream(sandbox.caFile())) {
      KeyStore ts = KeyStore.getInstance("PKCS12");
      ts.load(null, null);
      ts.setCertificateEntry(
          "sandbox-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ts);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public record Reply(int status, Map<String, java.util.List<String>> headers, byte[] body) {
    public JsonObject json() {
      return JsonParser.parseString(text()).getAsJsonObject();
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** error.code of a Graph error body. */
    public String code() {
      return json().getAsJsonObject("error").get("code").getAsString();
    }
  }

  public Reply send(
      String method, String url, String token, Map<String, String> headers, byte[] body) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      headers.forEach(b::header);
      b.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(r.statusCode(), r.headers().map(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Graph call relative to the base URL ending in /v1.0. */
  public Reply graph(
      String method, String path, String token, Map<String, String> headers, JsonElement body) {
    Map<String, String> h = new java.util.HashMap<>(headers);
    if (body != null) {
      h.putIfAbsent("Content-Type", "application/json");
    }
    return send(
        method,
        sandbox.graphBaseUrl() + path,
        token,
        h,
        body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8));
  }

  public Reply get(String path, String token) {
    return graph("GET", path, token, Map.of(), null);
  }

  public Reply admin(String method, String path, String body) {
    return send(
        method,
        sandbox.adminUrl() + path,
        null,
        Map.of("Content-Type", "application/json"),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  /** POSTs a client-credentials form to the token endpoint of tenantSegment. */
  public Reply token(String tenantSegment, Map<String, String> form) {
    StringBuilder b = new StringBuilder();
    form.forEach(
        (k, v) ->
            b.append(b.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(
        "POST",
        sandbox.authority() + "/" + tenantSegment + "/oauth2/v2.0/token",
        null,
        Map.of("Content-Type", "application/x-www-form-urlencoded"),
        b.toString().getBytes(StandardCharsets.UTF_8));
  }

  public static Map<String, String> form(String clientId, String assertion) {
    Map<String, String> f = new java.util.LinkedHashMap<>();
    f.put("client_id", clientId);
    f.put("scope", TokenEndpoint.GRAPH_SCOPE);
    f.put("grant_type", "client_credentials");
    f.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    f.put("client_assertion", assertion);
    return f;
  }

  /** Gets an access token for the app over the wire. */
  public String accessToken(TestApp app) {
    Reply r = token(sandbox.tenantId(), form(app.clientId, app.sign(sandbox.tokenUrl())));
    if (r.status() != 200) {
      throw new IllegalStateException("token request failed: " + r.text());
    }
    return r.json().get("access_token").getAsString();
  }
}
