package org.cync.directory;

import com.google.gson.Gson;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /api/directory}: the pickers' searches for scripts, so a group's ID can be found by name
 * ({@code GET /api/directory/groups?search=CYNC%20Tar}). 400 for a bad search text, 409 without a
 * connected tenant, 503 when Graph refused or did not answer; always a JSON body.
 */
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {
  private static final Gson GSON = new Gson();

  @Inject DirectoryLookup lookup;

  @GET
  @Path("groups")
  public Response groups(@QueryParam("search") String search) {
    return answer(search, lookup::groups).response();
  }

  @GET
  @Path("users")
  public Response users(@QueryParam("search") String search) {
    return answer(search, lookup::users).response();
  }

  /** A status and its JSON body, decided without JAX-RS so that a plain test can check it. */
  record Answer(int status, String json) {
    Response response() {
      return Response.status(status).type(MediaType.APPLICATION_JSON).entity(json).build();
    }
  }

  static Answer answer(String search, Function<String, List<DirectoryHit>> find) {
    try {
      return new Answer(200, GSON.toJson(find.apply(search)));
    } catch (IllegalArgumentException bad) {
      return new Answer(400, GSON.toJson(Map.of("error", bad.getMessage())));
    } catch (DirectoryUnavailable e) {
      return new Answer(e.connected() ? 503 : 409, GSON.toJson(Map.of("error", e.getMessage())));
    }
  }
}
