package org.cync.sandbox.graph;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Graph's error envelope: {@code
 * {"error":{code,message,innerError:{date,request-id,client-request-id}}}}.
 */
public final class GraphErrors {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private GraphErrors() {}

  public static ApiResponse response(GraphException e, ApiRequest req, Clock clock) {
    ApiResponse r = ApiResponse.json(e.status, body(e.code, e.getMessage(), req, clock));
    e.headers.forEach(r::header);
    return r;
  }

  public static JsonObject body(String code, String message, ApiRequest req, Clock clock) {
    JsonObject inner = new JsonObject();
    inner.addProperty(
        "date", DATE.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
    inner.addProperty("request-id", req.requestId);
    inner.addProperty("client-request-id", req.clientRequestId);
    JsonObject error = new JsonObject();
    error.addProperty("code", code);
    error.addProperty("message", message);
    error.add("innerError", inner);
    JsonObject o = new JsonObject();
    o.add("error", error);
    return o;
  }
}
