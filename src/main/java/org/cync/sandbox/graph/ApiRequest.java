package org.cync.sandbox.graph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cync.sandbox.http.Http;
import org.cync.sandbox.token.AccessToken;

/**
 * A Graph request independent of where it came from (an HTTP exchange or a {@code $batch}
 * sub-request), so both take exactly the same path through the sandbox.
 */
public final class ApiRequest {
  public final String method;

  /** Decoded path segments after {@code /v1.0}. */
  public final List<String> segments;

  public final Map<String, String> query;
  public final String rawQuery;
  public final Map<String, String> headers;
  public final byte[] body;
  public final boolean subRequest;
  public final String requestId;
  public final String clientRequestId;
  AccessToken token;
  private com.google.gson.JsonObject parsedBody;

  public ApiRequest(
      String method,
      String path,
      String rawQuery,
      Map<String, String> headers,
      byte[] body,
      boolean subRequest,
      String requestId) {
    this.method = method.toUpperCase();
    this.segments = split(path);
    this.rawQuery = rawQuery == null ? "" : rawQuery;
    this.query = Http.params(rawQuery);
    TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    this.headers = h;
    this.body = body == null ? new byte[0] : body;
    this.subRequest = subRequest;
    this.requestId = requestId;
    String crid = h.get("client-request-id");
    this.clientRequestId = crid != null ? crid : requestId;
  }

  private static List<String> split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.isEmpty()) {
      return List.of();
    }
    String[] parts = p.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = Http.decode(parts[i].replace("+", "%2B"));
    }
    return List.of(parts);
  }

  public String seg(int i) {
    return i < segments.size() ? segments.get(i) : null;
  }

  public String header(String name) {
    return headers.get(name);
  }

  /**
   * The page size asked for with {@code Prefer: odata.maxpagesize=n}, capped at {@code max}; {@code
   * fallback} when the header does not ask or asks for something unreadable.
   */
  public int preferredPageSize(int fallback, int max) {
    String prefer = header("Prefer");
    if (prefer != null) {
      for (String p : prefer.split(",")) {
        String[] kv = p.trim().split("=");
        if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("odata.maxpagesize")) {
          try {
            return Math.max(1, Math.min(max, Integer.parseInt(kv[1].trim())));
          } catch (NumberFormatException e) {
            return fallback;
          }
        }
      }
    }
    return fallback;
  }

  /** A $batch sub-request's JSON body, already parsed with the envelope (saves a re-parse). */
  public void setParsedBody(com.google.gson.JsonObject body) {
    this.parsedBody = body;
  }

  /** The body as a JSON object (parsed once), or null when it is not one. */
  public com.google.gson.JsonObject jsonBody() {
    if (parsedBody == null) {
      parsedBody = org.cync.sandbox.http.Json.objectOrNull(body);
    }
    return parsedBody;
  }

  /** A $batch sub-request runs with the envelope's (already verified) token. */
  public void inheritToken(ApiRequest envelope) {
    this.token = envelope.token;
  }

  public AccessToken token() {
    return token;
  }

  /** Advanced query capabilities: ConsistencyLevel: eventual (and $count=true where required). */
  public boolean eventual() {
    return "eventual".equalsIgnoreCase(headers.getOrDefault("ConsistencyLevel", ""));
  }

  public boolean countRequested() {
    return "true".equalsIgnoreCase(query.getOrDefault("$count", ""));
  }
}
