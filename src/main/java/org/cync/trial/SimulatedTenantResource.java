package org.cync.trial;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cync.connection.certificate.CertificateProblem;

/** {@code /api/simulated-tenant}: start, inspect, stop the simulated tenant; upload a renewal. */
@Path("simulated-tenant")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SimulatedTenantResource {
  @Inject SimulatedTenant simulated;

  @GET
  public Map<String, Object> get() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("running", simulated.isRunning());
    simulated.tenantId().ifPresent(t -> out.put("tenantId", t));
    simulated.adminUrl().ifPresent(a -> out.put("adminUrl", a));
    simulated.someMailbox().ifPresent(m -> out.put("someMailbox", m));
    return out;
  }

  /**
   * Body: {@code {"users": 200, "mailboxes": 20, "replace": true}} (all optional; replace is needed
   * when CYNC is connected to a tenant already).
   */
  @POST
  public Response start(Map<String, Object> body) {
    Map<String, Object> b = body == null ? Map.of() : body;
    try {
      simulated.start(
          number(b.get("users"), 200),
          number(b.get("mailboxes"), 20),
          Boolean.TRUE.equals(b.get("replace")));
      return Response.status(201).entity(get()).build();
    } catch (CertificateProblem | IllegalArgumentException | IllegalStateException e) {
      return Response.status(400).entity(Map.of("error", e.getMessage())).build();
    }
  }

  private static int number(Object v, int fallback) {
    return v instanceof Number n ? n.intValue() : fallback;
  }

  @POST
  @Path("upload")
  public Response upload() {
    try {
      return Response.ok(Map.of("uploaded", simulated.uploadCertificate())).build();
    } catch (IllegalStateException e) {
      return Response.status(409).entity(Map.of("error", e.getMessage())).build();
    }
  }

  @DELETE
  public Map<String, Object> stop() {
    simulated.stop();
    return get();
  }
}
