package org.cync.sandbox.graph;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The latest error answers the sandbox sent (requests and {@code $batch} sub-requests alike), with
 * the {@code request-id}, {@code client-request-id} and date their body carried: what a test holds
 * a client's failure report against, as Microsoft support would hold it against its own logs.
 */
public final class ErrorLog {
  static final int KEPT = 500;
  private final Deque<JsonObject> answers = new ArrayDeque<>();

  /** Keeps an answer of status 400 or more that has Graph's error body. */
  void record(ApiRequest req, ApiResponse r) {
    if (r.status < 400 || r.json == null || !r.json.isJsonObject()) {
      return;
    }
    JsonObject body = r.json.getAsJsonObject();
    if (!body.has("error") || !body.get("error").isJsonObject()) {
      return;
    }
    JsonObject error = body.getAsJsonObject("error");
    JsonObject inner =
        error.has("innerError") ? error.getAsJsonObject("innerError") : new JsonObject();
    JsonObject o = new JsonObject();
    o.addProperty("method", req.method);
    o.addProperty("path", "/" + String.join("/", req.segments));
    o.addProperty("subRequest", req.subRequest);
    o.addProperty("status", r.status);
    o.add("code", error.get("code"));
    o.add("request-id", inner.get("request-id"));
    o.add("client-request-id", inner.get("client-request-id"));
    o.add("date", inner.get("date"));
    synchronized (answers) {
      answers.addLast(o);
      if (answers.size() > KEPT) {
        answers.removeFirst();
      }
    }
  }

  /** Oldest first. */
  public JsonArray toJson() {
    JsonArray a = new JsonArray();
    synchronized (answers) {
      answers.forEach(a::add);
    }
    return a;
  }

  public void clear() {
    synchronized (answers) {
      answers.clear();
    }
  }
}
