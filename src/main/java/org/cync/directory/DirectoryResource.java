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
    return answer(search, lookup::groups);
  }

  @GET
  @Path("users")
  public Response users(@QueryParam("search") String search) {
    return answer(search, lookup::users);
  }

  static Response answer(String search, Function<String, List<DirectoryHit>> find) {
    try {
      return Response.ok(GSON.toJson(find.apply(search))).build();
    } catch (IllegalArgumentException bad) {
      return error(400, bad.getMessage());
    } catch (DirectoryUnavailable e) {
      return error(e.connected() ? 503 : 409, e.getMessage());
    }
  }

  private static Response error(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(GSON.toJson(Map.of("error", message)))
        .build();
  }
}
