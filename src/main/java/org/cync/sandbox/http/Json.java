package org.cync.sandbox.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;

/** One Gson configured like Graph writes JSON: nulls kept, no HTML escaping. */
public final class Json {
  public static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private Json() {}

  public static byte[] bytes(JsonElement e) {
    return GSON.toJson(e).getBytes(StandardCharsets.UTF_8);
  }

  public static JsonElement parse(byte[] body) {
    return JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
  }

  /** Parses a request body that must be a JSON object, or returns null when it is not one. */
  public static JsonObject objectOrNull(byte[] body) {
    try {
      JsonElement e = parse(body);
      return e.isJsonObject() ? e.getAsJsonObject() : null;
    } catch (JsonParseException | IllegalStateException e) {
      return null;
    }
  }

  public static String str(JsonObject o, String name) {
    JsonElement e = o == null ? null : o.get(name);
    return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
  }

  public static JsonObject obj(Object... kv) {
    JsonObject o = new JsonObject();
    for (int i = 0; i < kv.length; i += 2) {
      o.add((String) kv[i], GSON.toJsonTree(kv[i + 1]));
    }
    return o;
  }
}
