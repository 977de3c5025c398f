package org.cync.backup;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/backup}: POST writes a backup (Administrators: writes under /api are theirs), GET
 * lists those kept. A refusal (a run is going, the backup failed) is a 409 saying what to do.
 */
@Path("backup")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {
  @Inject OnlineBackup backup;

  @GET
  public Response list() {
    return Response.ok(Map.of("backups", backup.list())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON) // a cross-site form post cannot send JSON: refused (415)
  public Response write() {
    try {
      OnlineBackup.Written w = backup.write();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", w.name());
      body.put("folder", w.folder().toAbsolutePath().toString());
      body.put("bytes", w.bytes());
      body.put("millis", w.millis());
      return Response.status(Response.Status.CREATED).entity(body).build();
    } catch (OnlineBackup.Refused refused) {
      return Response.status(Response.Status.CONFLICT)
          .entity(Map.of("error", refused.getMessage()))
          .build();
    }
  }
}
