package org.cync.graphbatch;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.http.middleware.options.HeadersInspectionOption;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends {@code POST /$batch} through the Graph client's own request adapter, so its token, allowed
 * hosts, TLS trust and 401 retry apply. The JSON is written and read here (our bodies are plain
 * maps, not SDK models), and the SDK's envelope retry is switched off: {@link BatchWriter} owns
 * every retry, so each one is counted and waits through its {@link Sleeper}.
 */
public final class GraphBatchTransport implements BatchTransport {
  private static final Gson GSON = new com.google.gson.GsonBuilder().serializeNulls().create();
  private static final Type MAP = new TypeToken<Map<String, Object>>() {}.getType();
  private final GraphServiceClient client;

  public GraphBatchTransport(GraphServiceClient client) {
    this.client = client;
  }

  @Override
  public List<SubResponse> send(List<SubRequest> requests) throws IOException {
    RequestInformation info =
        new RequestInformation(HttpMethod.POST, "{+baseurl}/$batch", new HashMap<>());
    info.headers.add("Accept", "application/json");
    info.setStreamContent(new ByteArrayInputStream(envelope(requests)), "application/json");
    HeadersInspectionOption seen = new HeadersInspectionOption(false, true);
    info.addRequestOptions(
        List.of(new RetryHandlerOption((delay, attempt, request, response) -> false, 0, 0), seen));
    try (InputStream in = GraphJson.open(client, info)) {
      if (in == null) {
        throw new IOException("The $batch response had no body.");
      }
      List<SubResponse> answers = responses(new InputStreamReader(in, StandardCharsets.UTF_8));
      GraphTrace envelope =
          GraphTrace.of(null, name -> GraphJson.header(seen.getResponseHeaders(), name));
      return answers.stream().map(r -> r.withEnvelope(envelope)).toList();
    }
  }

  static byte[] envelope(List<SubRequest> requests) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (SubRequest r : requests) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", r.id());
      o.put("method", r.method());
      o.put("url", r.url());
      if (r.jpeg() != null) {
        o.put("headers", Map.of("Content-Type", "image/jpeg"));
        o.put("body", Base64.getEncoder().encodeToString(r.jpeg()));
      } else if (r.body() != null) {
        o.put("headers", Map.of("Content-Type", "application/json"));
        o.put("body", r.body());
      }
      list.add(o);
    }
    return GSON.toJson(Map.of("requests", list)).getBytes(StandardCharsets.UTF_8);
  }

  static List<SubResponse> responses(Reader json) throws IOException {
    JsonObject root;
    try {
      root = JsonParser.parseReader(json).getAsJsonObject();
    } catch (RuntimeException e) {
      throw new IOException("The $batch response is not JSON: " + e.getMessage(), e);
    }
    List<SubResponse> out = new ArrayList<>();
    if (root.has("responses") && root.get("responses").isJsonArray()) {
      for (JsonElement e : root.getAsJsonArray("responses")) {
        JsonObject r = e.getAsJsonObject();
        Map<String, String> headers = new HashMap<>();
        if (r.has("headers") && r.get("headers").isJsonObject()) {
          r.getAsJsonObject("headers")
              .entrySet()
              .forEach(h -> headers.put(h.getKey(), text(h.getValue())));
        }
        JsonElement body = r.get("body");
        out.add(
            new SubResponse(
                text(r.get("id")),
                r.has("status") ? r.get("status").getAsInt() : 0,
                headers,
                body != null && body.isJsonObject() ? essentials(body.getAsJsonObject()) : null,
                binary(body)));
      }
    }
    return out;
  }

  /**
   * Only what the writer reads of a sub-response body: the new contact's id and changeKey, a
   * photo's media etag, and the error. A created contact comes back whole (a few KB of JSON each,
   * 20 per envelope); turning all of it into maps was the writer's largest CPU cost.
   */
  static Map<String, Object> essentials(JsonObject body) {
    Map<String, Object> m = new HashMap<>();
    for (String key : new String[] {"id", "changeKey", "@odata.mediaEtag"}) {
      JsonElement v = body.get(key);
      if (v != null && v.isJsonPrimitive()) {
        m.put(key, v.getAsString());
      }
    }
    JsonElement error = body.get("error");
    if (error != null && error.isJsonObject()) {
      m.put("error", GSON.fromJson(error, MAP));
    }
    return m;
  }

  /** A non-JSON body (a photo) comes base64-encoded as a JSON string. */
  private static byte[] binary(JsonElement body) {
    if (body == null || !body.isJsonPrimitive() || !body.getAsJsonPrimitive().isString()) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(body.getAsString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(JsonElement e) {
    return e == null || e.isJsonNull()
        ? null
        : e.isJsonPrimitive() ? e.getAsString() : e.toString();
  }
}
