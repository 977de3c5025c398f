package org.cync.sandbox.graph;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.cync.sandbox.http.Http;

/**
 * Bridges the JDK HTTP server to the pipeline for everything under {@code /v1.0}: builds an {@link
 * ApiRequest}, hands {@code $batch} to the batch runner (after authenticating the envelope), writes
 * the response, or drops the connection when a fault says so.
 */
public final class GraphHttpHandler implements HttpHandler {
  static final int MAX_BODY = 4 * 1024 * 1024;
  private final GraphPipeline pipeline;
  private final Function<ApiRequest, ApiResponse> batch;
  private final Clock clock;

  public GraphHttpHandler(
      GraphPipeline pipeline, Function<ApiRequest, ApiResponse> batch, Clock clock) {
    this.pipeline = pipeline;
    this.batch = batch;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String rawPath = ex.getRequestURI().getRawPath();
    Map<String, String> headers = new HashMap<>();
    Headers h = ex.getRequestHeaders();
    for (Map.Entry<String, List<String>> e : h.entrySet()) {
      headers.put(e.getKey(), String.join(",", e.getValue()));
    }
    byte[] body = Http.readBody(ex, MAX_BODY);
    String path = rawPath.startsWith("/v1.0") ? rawPath.substring(5) : rawPath;
    ApiRequest req =
        new ApiRequest(
            ex.getRequestMethod(),
            path,
            ex.getRequestURI().getRawQuery(),
            headers,
            body == null ? new byte[0] : body,
            false,
            UUID.randomUUID().toString());
    ApiResponse r;
    if (body == null) {
      r = tooLarge(req);
    } else if (!rawPath.startsWith("/v1.0/") && !rawPath.equals("/v1.0")) {
      r =
          GraphErrors.response(
              new GraphException(400, "BadRequest", "Invalid version."), req, clock);
    } else if ("$batch".equals(req.seg(0)) && req.segments.size() == 1) {
      r = runBatch(req);
    } else {
      r = pipeline.execute(req);
    }
    if (r.drop) {
      ex.close();
      return;
    }
    Http.send(ex, r.status, r.headers, r.bodyBytes());
  }

  /**
   * Any body over the cap (JSON, $batch, text, binary) is refused before anything reads it, so no
   * handler ever sees a truncated body; a photo upload gets the photo endpoint's own error.
   */
  private ApiResponse tooLarge(ApiRequest req) {
    boolean photo =
        req.segments.size() >= 2
            && req.seg(req.segments.size() - 1).equals("$value")
            && req.seg(req.segments.size() - 2).equalsIgnoreCase("photo");
    ApiResponse r =
        GraphErrors.response(
            photo
                ? GraphException.photoTooLarge()
                : new GraphException(
                    413,
                    "RequestEntityTooLarge",
                    "The request body exceeds the maximum size of " + MAX_BODY + " bytes."),
            req,
            clock);
    r.header("request-id", req.requestId);
    r.header("client-request-id", req.clientRequestId);
    return r;
  }

  private ApiResponse runBatch(ApiRequest req) {
    ApiResponse r;
    try {
      if (!req.method.equals("POST")) {
        throw new GraphException(405, "BadRequest", "Only POST is supported on $batch.");
      }
      req.token = pipeline.authenticate(req);
      r = batch.apply(req);
      if (pipeline.dropEnvelope()) {
        return ApiResponse.dropped(); // the sub-requests ran; the client never hears of it
      }
    } catch (GraphException e) {
      r = GraphErrors.response(e, req, clock);
    }
    r.header("request-id", req.requestId);
    r.header("client-request-id", req.clientRequestId);
    pipeline.errors().record(req, r);
    pipeline.count("POST /$batch", r.status);
    return r;
  }
}
