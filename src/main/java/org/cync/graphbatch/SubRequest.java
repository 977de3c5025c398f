package org.cync.graphbatch;

import java.util.Map;

/**
 * One request inside a {@code $batch} envelope; {@code url} is relative to the version root.
 *
 * @param body a JSON body, or null
 * @param jpeg a photo to upload (sent base64-encoded, as JSON batching requires for non-JSON
 *     bodies), or null
 */
public record SubRequest(
    String id, String method, String url, Map<String, Object> body, byte[] jpeg) {

  public SubRequest(String id, String method, String url, Map<String, Object> body) {
    this(id, method, url, body, null);
  }
}
