package org.cync.sandbox.graph;

import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cync.sandbox.http.Json;

/** A Graph response: status, headers, and a JSON or binary body (or a dropped connection). */
public final class ApiResponse {
  public static final String JSON_TYPE =
      "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
  public final int status;
  public final Map<String, String> headers = new LinkedHashMap<>();
  public final JsonElement json;
  public final byte[] binary;
  public final boolean drop;

  private ApiResponse(int status, JsonElement json, byte[] binary, boolean drop) {
    this.status = status;
    this.json = json;
    this.binary = binary;
    this.drop = drop;
  }

  public static ApiResponse json(int status, JsonElement body) {
    ApiResponse r = new ApiResponse(status, body, null, false);
    r.headers.put("Content-Type", JSON_TYPE);
    r.headers.put("OData-Version", "4.0");
    return r;
  }

  public static ApiResponse binary(int status, String contentType, byte[] body) {
    ApiResponse r = new ApiResponse(status, null, body, false);
    r.headers.put("Content-Type", contentType);
    return r;
  }

  public static ApiResponse empty(int status) {
    return new ApiResponse(status, null, null, false);
  }

  public static ApiResponse dropped() {
    return new ApiResponse(0, null, null, true);
  }

  public ApiResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public byte[] bodyBytes() {
    return json != null ? Json.bytes(json) : binary;
  }
}
