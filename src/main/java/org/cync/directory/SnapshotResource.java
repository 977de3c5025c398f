package org.cync.directory;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code /api/directory/snapshot}: how many source users CYNC holds, and which run wrote them. */
@Path("directory/snapshot")
@Produces(MediaType.APPLICATION_JSON)
public class SnapshotResource {
  @Inject SnapshotRepository snapshot;

  @GET
  public Map<String, Object> summary() {
    return Map.of("size", snapshot.size(), "byExecution", snapshot.countByExecution());
  }
}
