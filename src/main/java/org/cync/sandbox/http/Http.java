package org.cync.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers around {@link HttpExchange}: bodies, query strings, responses. */
public final class Http {
  private Http() {}

  /**
   * The whole request body, or null when it is longer than limit bytes: callers answer 413 and
   * never see (let alone parse) a truncated body.
   */
  public static byte[] readBody(HttpExchange ex, int limit) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] body = in.readNBytes(limit + 1);
      return body.length > limit ? null : body;
    }
  }

  /** Query or form parameters, decoded, names case-insensitive (OData option names are). */
  public static Map<String, String> params(String raw) {
    Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.putIfAbsent(k, v);
    }
    return out;
  }

  public static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static void send(HttpExchange ex, int status, Map<String, String> headers, byte[] body)
      throws IOException {
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    if (status == 413) {
      // The unread rest of a refused body makes the connection unusable: say so, so no client
      // pools it and then waits on it for its next request.
      ex.getResponseHeaders().set("Connection", "close");
    }
    boolean empty = body == null || body.length == 0;
    ex.sendResponseHeaders(status, status == 204 || status == 304 || empty ? -1 : body.length);
    if (!empty && status != 204) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  public static void sendJson(HttpExchange ex, int status, byte[] json) throws IOException {
    send(ex, status, Map.of("Content-Type", "application/json; charset=utf-8"), json);
  }
}
