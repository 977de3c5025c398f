package org.cync.graphbatch;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import com.microsoft.graph.models.odataerrors.InnerError;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Plain JSON requests (folders, scans) through the Graph client's own request adapter, so its
 * token, allowed hosts, TLS trust and the SDK's retry of throttled requests apply. Contacts are
 * read as JSON maps because our marker lives in an open extension, which the SDK's models keep as
 * loose additional data anyway.
 */
public final class GraphJson {
  private static final Gson GSON = new GsonBuilder().serializeNulls().create();
  private static final Type MAP = new TypeToken<Map<String, Object>>() {}.getType();
  private static final HashMap<String, ParsableFactory<? extends Parsable>> ERRORS =
      new HashMap<>(Map.of("XXX", ODataError::createFromDiscriminatorValue));

  private final GraphServiceClient client;

  public GraphJson(GraphServiceClient client) {
    this.client = client;
  }

  /** A request to a path under the base URL (already encoded), or to an absolute nextLink. */
  public Map<String, Object> send(String method, String pathOrUrl, Map<String, Object> body)
      throws IOException {
    RequestInformation info = new RequestInformation();
    info.httpMethod = HttpMethod.valueOf(method);
    info.setUri(
        URI.create(
            pathOrUrl.startsWith("https://") || pathOrUrl.startsWith("http://")
                ? pathOrUrl
                : client.getRequestAdapter().getBaseUrl() + pathOrUrl));
    info.headers.add("Accept", "application/json");
    if (body != null) {
      info.setStreamContent(
          new ByteArrayInputStream(GSON.toJson(body).getBytes(StandardCharsets.UTF_8)),
          "application/json");
    }
    try (InputStream in = open(client, info)) {
      if (in == null) {
        return Map.of();
      }
      Map<String, Object> json =
          GSON.fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), MAP);
      return json == null ? Map.of() : json;
    }
  }

  /**
   * Sends the request through the client's adapter; Graph's error answers become {@link
   * BatchRejected} (status, code, Retry-After), a failed connection an {@link IOException}.
   */
  static InputStream open(GraphServiceClient client, RequestInformation info) throws IOException {
    try {
      return client.getRequestAdapter().sendPrimitive(info, ERRORS, InputStream.class);
    } catch (ApiException e) {
      throw rejected(e);
    } catch (RuntimeException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof IOException io) {
          throw io;
        }
      }
      throw e;
    }
  }

  public Map<String, Object> get(String pathOrUrl) throws IOException {
    return send("GET", pathOrUrl, null);
  }

  static BatchRejected rejected(ApiException e) {
    String code = null;
    String message = e.getMessage();
    if (e instanceof ODataError o && o.getError() != null) {
      code = o.getError().getCode();
      message = o.getError().getMessage();
    }
    Map<String, Object> inner = new HashMap<>();
    if (e instanceof ODataError o && o.getError() != null && o.getError().getInnerError() != null) {
      InnerError i = o.getError().getInnerError();
      inner.put("request-id", i.getRequestId());
      inner.put("client-request-id", i.getClientRequestId());
      inner.put("date", i.getDate() == null ? null : i.getDate().toString());
    }
    GraphTrace trace =
        GraphTrace.of(Map.of("innerError", inner), name -> header(e.getResponseHeaders(), name));
    return new BatchRejected(
        e.getResponseStatusCode(),
        header(e.getResponseHeaders(), "Retry-After"),
        code,
        message,
        trace);
  }

  /** The first value of a response header, names compared case-insensitively; null if absent. */
  static String header(Map<String, Set<String>> headers, String name) {
    if (headers != null) {
      for (Map.Entry<String, Set<String>> h : headers.entrySet()) {
        if (h.getKey().equalsIgnoreCase(name) && h.getValue() != null && !h.getValue().isEmpty()) {
          return h.getValue().iterator().next();
        }
      }
    }
    return null;
  }

  /** Percent-encodes a query option's value (spaces, quotes, parentheses, '$'). */
  public static String query(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
