package org.cync.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.Optional;
import org.cync.roles.AdministratorOnly;

/** {@code /api/alerts}: the alert settings and "Send a test mail", for scripts. */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {
  @Inject AlertSettingsService alerts;
  @Context SecurityContext security;

  @GET
  public Map<String, Object> get() {
    return alerts.view();
  }

  @PUT
  @AdministratorOnly
  public Response save(Map<String, String> body) {
    if (body == null) {
      return Response.status(400)
          .entity(
              Map.of("error", "Send a JSON object with the alert settings, like {\"host\": …}."))
          .build();
    }
    Map<String, String> problems = alerts.save(body);
    return problems.isEmpty()
        ? Response.ok(get()).build()
        : Response.status(400)
            .entity(
                Map.of(
                    "error",
                    "Not saved: " + String.join(" ", problems.values()),
                    "problems",
                    problems))
            .build();
  }

  @POST
  @Path("test")
  @AdministratorOnly
  public Response test() {
    String by = security.getUserPrincipal() == null ? "?" : security.getUserPrincipal().getName();
    Optional<String> failure = alerts.test(by);
    return failure.isEmpty()
        ? Response.ok(Map.of("sent", true, "message", "The test mail was sent.")).build()
        : Response.status(502).entity(Map.of("error", failure.get())).build();
  }
}
