package org.cync.graphbatch;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
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

  /**
   * Reads the answers as a stream: of a body only what {@link #essentials} keeps is turned into
   * JSON elements, the rest is skipped (a created contact comes back whole, a few KB of JSON each,
   * 20 per envelope: building all of it as a tree was the writer's largest CPU cost).
   */
  static List<SubResponse> responses(Reader json) throws IOException {
    JsonReader in = new JsonReader(json);
    in.setStrictness(Strictness.LENIENT); // as JsonParser reads
    List<SubResponse> out = new ArrayList<>();
    try {
      if (in.peek() != JsonToken.BEGIN_OBJECT) {
        throw new JsonParseException("not an object but " + in.peek());
      }
      in.beginObject();
      while (in.hasNext()) {
        if (in.nextName().equals("responses") && in.peek() == JsonToken.BEGIN_ARRAY) {
          in.beginArray();
          while (in.hasNext()) {
            out.add(response(in));
          }
          in.endArray();
        } else {
          in.skipValue();
        }
      }
    } catch (IOException | JsonParseException e) {
      throw new IOException("The $batch response is not JSON: " + e.getMessage(), e);
    }
    return out;
  }

  private static SubResponse response(JsonReader in) throws IOException {
    if (in.peek() != JsonToken.BEGIN_OBJECT) {
      throw new IllegalStateException("Not a JSON object: " + in.peek());
    }
    String id = null;
    int status = 0;
    Map<String, String> headers = new HashMap<>();
    Map<String, Object> body = null;
    byte[] binary = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "id" -> id = text(JsonParser.parseReader(in));
        case "status" -> status = JsonParser.parseReader(in).getAsInt();
        case "headers" -> {
          headers.clear();
          JsonElement h = JsonParser.parseReader(in);
          if (h.isJsonObject()) {
            h.getAsJsonObject()
                .entrySet()
                .forEach(e -> headers.put(e.getKey(), text(e.getValue())));
          }
        }
        case "body" -> {
          body = null;
          binary = null;
          if (in.peek() == JsonToken.BEGIN_OBJECT) {
            body = essentials(in);
          } else {
            binary = binary(JsonParser.parseReader(in));
          }
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new SubResponse(id, status, headers, body, binary);
  }

  /**
   * Only what the writer reads of a sub-response body: the new contact's id and changeKey, a
   * photo's media etag, and the error; every other property is skipped unread.
   */
  static Map<String, Object> essentials(JsonReader in) throws IOException {
    Map<String, Object> m = new HashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      String key = in.nextName();
      switch (key) {
        case "id", "changeKey", "@odata.mediaEtag" -> {
          JsonElement v = JsonParser.parseReader(in);
          if (v.isJsonPrimitive()) {
            m.put(key, v.getAsString());
          } else {
            m.remove(key);
          }
        }
        case "error" -> {
          JsonElement error = JsonParser.parseReader(in);
          if (error.isJsonObject()) {
            m.put("error", GSON.fromJson(error, MAP));
          } else {
            m.remove("error");
          }
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
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
