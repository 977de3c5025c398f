package org.cync.settings;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /api/sync-settings}: the Sync settings page for scripts. {@code PUT} takes the whole
 * document or only the fields to change ({@code {"mailboxParallelism": 32}}); nothing is saved
 * unless every field is valid.
 */
@Path("sync-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncSettingsResource {
  @Inject SyncSettingsStore store;

  @GET
  public String get() {
    return SyncSettingsJson.toJson(store.current());
  }

  @PUT
  public Response put(String body) {
    JsonObject changes;
    try {
      if (body != null && body.strip().equals("null")) {
        throw new JsonParseException("null");
      }
      changes = SyncSettingsJson.parse(body);
    } catch (JsonParseException e) {
      return notSaved(
          Map.of(
              "",
              "The body is not one JSON object: send the settings to change, like"
                  + " {\"mailboxParallelism\": 64} (text in double quotes)."));
    }
    SyncSettingsRules.Outcome outcome = store.apply(changes);
    return outcome.valid()
        ? Response.ok(SyncSettingsJson.toJson(outcome.options())).build()
        : notSaved(outcome.problems());
  }

  private static Response notSaved(Map<String, String> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "Not saved: fix the settings named in problems and send them again.");
    body.put("problems", new TreeMap<>(problems));
    return Response.status(400).entity(SyncSettingsJson.GSON.toJson(body)).build();
  }
}
