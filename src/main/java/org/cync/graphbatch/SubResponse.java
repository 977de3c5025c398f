package org.cync.graphbatch;

import java.util.Map;

/**
 * One answer inside a {@code $batch} response.
 *
 * @param body the parsed JSON object, or null
 * @param binary a non-JSON body (a photo), decoded from its base64 form, or null
 * @param envelope the trace of the {@code $batch} envelope that carried it (its response headers),
 *     which fills in what the sub-response itself does not say
 */
public record SubResponse(
    String id,
    int status,
    Map<String, String> headers,
    Map<String, Object> body,
    byte[] binary,
    GraphTrace envelope) {

  public SubResponse {
    headers = headers == null ? Map.of() : headers;
    envelope = envelope == null ? GraphTrace.NONE : envelope;
  }

  public SubResponse(
      String id, int status, Map<String, String> headers, Map<String, Object> body, byte[] binary) {
    this(id, status, headers, body, binary, GraphTrace.NONE);
  }

  public SubResponse(String id, int status, Map<String, String> headers, Map<String, Object> body) {
    this(id, status, headers, body, null);
  }

  /** The same answer, carried by an envelope with this trace. */
  SubResponse withEnvelope(GraphTrace trace) {
    return new SubResponse(id, status, headers, body, binary, trace);
  }

  /** The header value, names compared case-insensitively; null when absent. */
  public String header(String name) {
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  public String errorCode() {
    return error("code");
  }

  public String errorMessage() {
    return error("message");
  }

  /**
   * Request-id, client-request-id and date of this answer: from its error's {@code innerError},
   * else its own headers, else its envelope's.
   */
  public GraphTrace trace() {
    Object e = body == null ? null : body.get("error");
    return GraphTrace.of(e instanceof Map<?, ?> m ? m : null, this::header).or(envelope);
  }

  /** A top-level string property of the body (id, changeKey), or null. */
  public String string(String property) {
    Object v = body == null ? null : body.get(property);
    return v instanceof String s ? s : null;
  }

  private String error(String property) {
    Object e = body == null ? null : body.get("error");
    return e instanceof Map<?, ?> m && m.get(property) instanceof String s ? s : null;
  }
}
