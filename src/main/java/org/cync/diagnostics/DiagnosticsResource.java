package org.cync.diagnostics;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code /api/diagnostics}: the process's CPU time and heap, and a reset of the heap peak, so a
 * benchmark can measure one run from outside the process.
 */
@Path("diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {
  @Inject Diagnostics diagnostics;

  @GET
  public Map<String, Object> get() {
    return diagnostics.now().toMap();
  }

  @POST
  @Path("reset-peak")
  public Map<String, Object> resetPeak() {
    diagnostics.resetPeak();
    return diagnostics.now().toMap();
  }
}
