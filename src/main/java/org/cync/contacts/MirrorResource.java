package org.cync.contacts;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.cync.directory.MirrorRepository;

/**
 * {@code /api/directory/snapshot}: how many source users become contacts ({@code size}), how many
 * directory users CYNC mirrors, and which run wrote them.
 */
@Path("directory/snapshot")
@Produces(MediaType.APPLICATION_JSON)
public class MirrorResource {
  @Inject MirrorRepository mirror;
  @Inject DesiredContacts desired;

  @GET
  public Map<String, Object> summary() {
    return Map.of(
        "size", desired.size(), "users", mirror.size(), "byExecution", mirror.countByExecution());
  }
}
