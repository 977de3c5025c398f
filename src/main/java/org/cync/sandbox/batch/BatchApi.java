package org.cync.sandbox.batch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.cync.sandbox.graph.ApiRequest;
import org.cync.sandbox.graph.ApiResponse;
import org.cync.sandbox.graph.GraphErrors;
import org.cync.sandbox.graph.GraphException;
import org.cync.sandbox.http.Json;

/** Runs a {@code $batch} envelope. */
public final class BatchApi implements Function<ApiRequest, ApiResponse> {
  public static final int MAX_REQUESTS = 20;
  static final int PARALLEL = 4;
  private static final Set<String> HIDDEN =
      Set.of("request-id", "client-request-id", "x-ms-ags-diagnostic");
  private final Function<ApiRequest, ApiResponse> pipeline;
  private final ExecutorService executor;
  private final java.util.function.BooleanSupplier parallel;
  private final Clock clock;

  /**
   * parallel says whether sub-requests should really overlap (they only can when the service takes
   * time, i.e. with simulated latency); otherwise they run one after another in the envelope's
   * thread, which gives the same answers without thread hand-offs.
   */
  public BatchApi(
      Function<ApiRequest, ApiResponse> pipeline,
      ExecutorService executor,
      java.util.function.BooleanSupplier parallel,
      Clock clock) {
    this.clock = clock;
    this.pipeline = pipeline;
    this.executor = executor;
    this.parallel = parallel;
  }

  private record Step(String id, ApiRequest request, List<String> dependsOn) {}

  @Override
  public ApiResponse apply(ApiRequest envelope) {
    List<Step> steps = parse(envelope);
    Map<String, ApiResponse> done = new HashMap<>();
    Semaphore inFlight = new Semaphore(PARALLEL);
    List<Step> pending = new ArrayList<>(steps);
    while (!pending.isEmpty()) {
      List<Step> ready = new ArrayList<>();
      for (Step s : pending) {
        if (s.dependsOn().stream().allMatch(d -> done.containsKey(d.toLowerCase(Locale.ROOT)))) {
          ready.add(s);
        }
      }
      pending.removeIf(p -> ready.stream().anyMatch(r -> r == p));
      Map<String, CompletableFuture<ApiResponse>> running = new LinkedHashMap<>();
      for (Step s : ready) {
        boolean failed =
            s.dependsOn().stream()
                .anyMatch(d -> done.get(d.toLowerCase(Locale.ROOT)).status >= 400);
        if (failed) {
          running.put(s.id(), CompletableFuture.completedFuture(failedDependency(s)));
          continue;
        }
        if (!parallel.getAsBoolean()) {
          running.put(s.id(), CompletableFuture.completedFuture(pipeline.apply(s.request())));
          continue;
        }
        running.put(
            s.id(),
            CompletableFuture.supplyAsync(
                () -> {
                  inFlight.acquireUninterruptibly();
                  try {
                    return pipeline.apply(s.request());
                  } finally {
                    inFlight.release();
                  }
                },
                executor));
      }
      running.forEach((id, f) -> done.put(id.toLowerCase(Locale.ROOT), f.join()));
    }
    JsonArray responses = new JsonArray();
    List<Step> order = new ArrayList<>(steps);
    Collections.shuffle(order);
    for (Step s : order) {
      responses.add(subResponse(s.id(), done.get(s.id().toLowerCase(Locale.ROOT))));
    }
    JsonObject o = new JsonObject();
    o.add("responses", responses);
    return ApiResponse.json(200, o);
  }

  /** In the same error shape as every other error, innerError included (§4, §6.1). */
  private ApiResponse failedDependency(Step s) {
    return ApiResponse.json(
        424,
        GraphErrors.body(
            "FailedDependency",
            "The request could not be executed because a request it depends on failed.",
            s.request(),
            clock));
  }

  private static JsonObject subResponse(String id, ApiResponse r) {
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("status", r.status);
    JsonObject headers = new JsonObject();
    r.headers.forEach(
        (k, v) -> {
          if (!HIDDEN.contains(k.toLowerCase(Locale.ROOT))) {
            headers.addProperty(k, v);
          }
        });
    o.add("headers", headers);
    if (r.json != null) {
      o.add("body", r.json);
    } else if (r.binary != null) {
      o.addProperty("body", Base64.getEncoder().encodeToString(r.binary));
    }
    return o;
  }

  private static List<Step> parse(ApiRequest envelope) {
    JsonObject body = Json.objectOrNull(envelope.body);
    if (body == null || !body.has("requests") || !body.get("requests").isJsonArray()) {
      throw GraphException.badRequest("BadRequest", "Invalid batch payload format.");
    }
    JsonArray requests = body.getAsJsonArray("requests");
    if (requests.size() > MAX_REQUESTS) {
      throw GraphException.badRequest(
          "BadRequest",
          "The number of requests in the batch exceeds the limit of " + MAX_REQUESTS + ".");
    }
    if (requests.isEmpty()) {
      throw GraphException.badRequest("BadRequest", "Invalid batch payload format.");
    }
    Map<String, Step> byId = new LinkedHashMap<>();
    for (JsonElement e : requests) {
      Step s = step(e, envelope);
      if (byId.putIfAbsent(s.id().toLowerCase(Locale.ROOT), s) != null) {
        throw GraphException.badRequest(
            "BadRequest", "Batch request contains duplicate request id '" + s.id() + "'.");
      }
    }
    for (Step s : byId.values()) {
      for (String d : s.dependsOn()) {
        if (!byId.containsKey(d.toLowerCase(Locale.ROOT)) || d.equalsIgnoreCase(s.id())) {
          throw GraphException.badRequest(
              "BadRequest", "Request '" + s.id() + "' depends on unknown request '" + d + "'.");
        }
      }
    }
    checkAcyclic(byId);
    return new ArrayList<>(byId.values());
  }

  private static void checkAcyclic(Map<String, Step> byId) {
    Set<String> resolved = new java.util.HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Step s : byId.values()) {
        String k = s.id().toLowerCase(Locale.ROOT);
        if (!resolved.contains(k)
            && s.dependsOn().stream()
                .allMatch(d -> resolved.contains(d.toLowerCase(Locale.ROOT)))) {
          resolved.add(k);
          progress = true;
        }
      }
    }
    if (resolved.size() != byId.size()) {
      throw GraphException.badRequest("BadRequest", "Batch request contains a dependency cycle.");
    }
  }

  /**
   * A header value or dependsOn entry must be a string (or a number/boolean, which Graph reads as
   * text); an object, array or null makes the whole batch malformed rather than crashing it.
   */
  private static String text(JsonElement e, String id) {
    if (e == null || !e.isJsonPrimitive()) {
      throw GraphException.badRequest(
          "BadRequest", "Invalid batch payload format (request '" + id + "').");
    }
    return e.getAsString();
  }

  private static Step step(JsonElement e, ApiRequest envelope) {
    if (!e.isJsonObject()) {
      throw GraphException.badRequest("BadRequest", "Invalid batch payload format.");
    }
    JsonObject r = e.getAsJsonObject();
    String id = Json.str(r, "id");
    String method = Json.str(r, "method");
    String url = Json.str(r, "url");
    if (id == null || id.isEmpty() || method == null || url == null || url.isEmpty()) {
      throw GraphException.badRequest(
          "BadRequest", "Each batch request needs 'id', 'method' and 'url'.");
    }
    if (url.regionMatches(true, 0, "http", 0, 4)) {
      throw GraphException.badRequest(
          "BadRequest", "Invalid request URL '" + url + "': batch URLs must be relative.");
    }
    Map<String, String> headers = new HashMap<>();
    if (r.has("headers") && r.get("headers").isJsonObject()) {
      r.getAsJsonObject("headers")
          .entrySet()
          .forEach(h -> headers.put(h.getKey(), text(h.getValue(), id)));
    }
    byte[] body = null;
    if (r.has("body") && !r.get("body").isJsonNull()) {
      String type =
          headers.entrySet().stream()
              .filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
      if (type == null) {
        throw GraphException.badRequest(
            "BadRequest",
            "Content-Type header must be specified when a body is present (request '" + id + "').");
      }
      JsonElement b = r.get("body");
      if (b.isJsonPrimitive() && !type.toLowerCase(Locale.ROOT).contains("json")) {
        try {
          body = Base64.getDecoder().decode(b.getAsString());
        } catch (IllegalArgumentException ex) {
          // Non-JSON bodies must be base64 (§4); raw text is what the SDK sends by mistake (§8.2).
          throw GraphException.badRequest(
              "BadRequest",
              "Invalid request body for request '" + id + "': a non-JSON body must be base64.");
        }
      } else {
        body = Json.bytes(b);
      }
    }
    List<String> dependsOn = new ArrayList<>();
    if (r.has("dependsOn") && r.get("dependsOn").isJsonArray()) {
      r.getAsJsonArray("dependsOn").forEach(d -> dependsOn.add(text(d, id)));
    }
    headers.putIfAbsent("client-request-id", envelope.clientRequestId);
    String path = url.startsWith("/") ? url : "/" + url;
    int q = path.indexOf('?');
    ApiRequest sub =
        new ApiRequest(
            method,
            q < 0 ? path : path.substring(0, q),
            q < 0 ? null : path.substring(q + 1),
            headers,
            body,
            true,
            envelope.requestId);
    sub.inheritToken(envelope);
    if (body != null && r.get("body").isJsonObject()) {
      sub.setParsedBody(r.getAsJsonObject("body"));
    }
    return new Step(id, sub, dependsOn);
  }
}
