package org.cync.history;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.cync.sync.RunMailboxes;
import org.cync.testhooks.TestHooks;

/**
 * {@code /api/runs}: start, restart, stop, reject and inspect contact-sync runs. Parameters are a
 * JSON object of strings, the documented ones only ({@link RunRequest}); a wrong one is a 400 that
 * names it. A run is addressed by its {@code executionId}; its {@code run} number is for people. An
 * action that no longer applies (the run was restarted, completed, is running) is a 409 saying what
 * to do.
 */
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RunResource {
  @Inject SyncRuns runs;
  @Inject RunMailboxes mailboxes;
  @Inject TestHooks hooks;

  @GET
  public List<RunView> recent(@QueryParam("max") Integer max) {
    return runs.recent(max == null ? 20 : Math.max(1, Math.min(max, 500)));
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    return runs.find(id).map(Response::ok).orElse(notFound(id)).build();
  }

  /** What the run planned and did in each mailbox (the dry run's answer, too). */
  @GET
  @Path("{id}/mailboxes")
  public Response mailboxes(@PathParam("id") long id) {
    return runs.find(id)
        .map(run -> Response.ok(mailboxes.of(run.getExecutionId(), run.getInstanceId())))
        .orElse(notFound(id))
        .build();
  }

  /** Approves the deletions of a run the deletion guard stopped, and lets it go on. */
  @POST
  @Path("{id}/approve")
  public Response approve(@PathParam("id") long id) {
    return accepted(() -> runs.approve(id));
  }

  /**
   * Stops a running run gracefully: 202 with the run (STOPPING); 409 when it is not running, 404
   * for an unknown id.
   */
  @POST
  @Path("{id}/stop")
  public Response stop(@PathParam("id") long id) {
    return answered(() -> Response.accepted(runs.stop(id)));
  }

  /**
   * Rejects a run the deletion guard holds: 200 with the run (ABANDONED); it writes nothing and can
   * no longer be approved or restarted. 409 for any other run, 404 for an unknown id.
   */
  @POST
  @Path("{id}/reject")
  public Response reject(@PathParam("id") long id) {
    return answered(() -> Response.ok(runs.reject(id)));
  }

  private static Response answered(java.util.function.Supplier<Response.ResponseBuilder> action) {
    try {
      return action.get().build();
    } catch (RunNotFound e) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(Map.of("error", e.getMessage()))
          .build();
    } catch (RunConflict e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(Map.of("error", e.getMessage()))
          .build();
    }
  }

  @POST
  public Response start(Map<String, String> parameters) {
    return accepted(() -> runs.start(RunRequest.forStart(parameters, hooks.on())));
  }

  @POST
  @Path("{id}/restart")
  public Response restart(@PathParam("id") long id, Map<String, String> overrides) {
    return accepted(() -> runs.restart(id, RunRequest.forRestart(overrides, hooks.on())));
  }

  /** 202 with the new run's {@code executionId} and {@code run} number; 400 or 409 with why not. */
  private Response accepted(java.util.function.LongSupplier action) {
    try {
      long id = action.getAsLong();
      return Response.accepted(Map.of("executionId", id, "run", runs.runNumber(id))).build();
    } catch (RunRequest.BadRunRequest e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Map.of("error", e.getMessage()))
          .build();
    } catch (RunConflict e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(Map.of("error", e.getMessage()))
          .build();
    }
  }

  private static Response.ResponseBuilder notFound(long id) {
    return Response.status(Response.Status.NOT_FOUND)
        .entity(Map.of("error", "Run " + id + " does not exist."));
  }
}
