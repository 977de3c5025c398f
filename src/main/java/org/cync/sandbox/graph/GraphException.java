package org.cync.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Graph error to answer with: status, error.code, error.message and extra headers. */
public final class GraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  public final int status;
  public final String code;
  public final Map<String, String> headers = new LinkedHashMap<>();

  public GraphException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public GraphException header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public static GraphException badRequest(String code, String message) {
    return new GraphException(400, code, message);
  }

  public static GraphException directoryNotFound(String id) {
    return new GraphException(
        404,
        "Request_ResourceNotFound",
        "Resource '"
            + id
            + "' does not exist or one of its queried reference-property objects are not present.");
  }

  public static GraphException itemNotFound() {
    return new GraphException(
        404,
        "ErrorItemNotFound",
        "The specified object was not found in the store., The process failed to get the correct properties.");
  }

  public static GraphException unsupportedQuery(String message) {
    return new GraphException(400, "Request_UnsupportedQuery", message);
  }

  /** A photo over Exchange's 4 MB request limit. */
  public static GraphException photoTooLarge() {
    return new GraphException(
        413,
        "ErrorRequestEntityTooLarge",
        "The request exceeds the maximum 4 MB limit for a photo.");
  }

  public static GraphException noRoute() {
    return new GraphException(400, "BadRequest", "Resource not found for the segment.");
  }
}
