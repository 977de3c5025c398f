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
  @Inject RunSummaries history;
  @Inject RunExports exports;
  @Inject RunReviews reviews;

  /**
   * The newest runs first. With none of {@code outcome}, {@code from}, {@code to}, {@code page},
   * {@code size}: the newest {@code max} runs of the job repository, as before. With any of them: a
   * page of the run history (skipped scheduled firings included), its total in {@code
   * X-Total-Count}; a wrong value is a 400 naming the parameter.
   */
  @GET
  public Response recent(
      @QueryParam("max") Integer max,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    if (outcome == null && from == null && to == null && page == null && size == null) {
      return Response.ok(runs.recent(max == null ? 20 : Math.max(1, Math.min(max, 500)))).build();
    }
    try {
      HistoryQuery q =
          HistoryQuery.parse(
              outcome, from, to, page, size == null && max != null ? String.valueOf(max) : size);
      List<HistoryItem> items = history.page(q).stream().map(HistoryItem::new).toList();
      return Response.ok(items).header("X-Total-Count", history.count(q)).build();
    } catch (HistoryQuery.BadQuery e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Map.of("error", e.getMessage()))
          .build();
    }
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

  /** The same as CSV, every column of the run page's table; streamed. */
  @GET
  @Path("{id}/mailboxes.csv")
  @Produces({CSV, MediaType.APPLICATION_JSON})
  public Response mailboxesCsv(@PathParam("id") long id) {
    return runs.find(id)
        .map(run -> csv(exports.mailboxes(run), "run-" + id + "-mailboxes.csv"))
        .orElse(notFound(id).type(MediaType.APPLICATION_JSON))
        .build();
  }

  /**
   * Per contact what a dry run or a held run would change (mailbox, kind, person, fields); 409 for
   * any other run, whose changes are made or moot.
   */
  @GET
  @Path("{id}/changes.csv")
  @Produces({CSV, MediaType.APPLICATION_JSON})
  public Response changesCsv(@PathParam("id") long id) {
    return runs.find(id)
        .map(
            run ->
                RunExports.planOnly(run)
                    ? csv(exports.changes(run), "run-" + id + "-changes.csv")
                    : Response.status(Response.Status.CONFLICT)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(
                            Map.of(
                                "error",
                                "Run "
                                    + id
                                    + " is neither a dry run nor held for approval (exit status "
                                    + run.getExitStatus()
                                    + "): its changes are written, not planned. Read"
                                    + " mailboxes.csv.")))
        .orElse(notFound(id).type(MediaType.APPLICATION_JSON))
        .build();
  }

  /**
   * What an administrator decides on for a run the deletion guard holds: the planned deletions, the
   * limit they exceed, and per mailbox how many contacts go and why; 409 for a run that is not
   * held, 404 for an unknown id.
   */
  @GET
  @Path("{id}/review")
  public Response review(@PathParam("id") long id) {
    return runs.find(id)
        .map(
            run ->
                RunReviews.held(run)
                    ? Response.ok(reviews.of(run).json())
                    : Response.status(Response.Status.CONFLICT)
                        .entity(Map.of("error", RunReviews.notHeld(run))))
        .orElse(notFound(id))
        .build();
  }

  static final String CSV = "text/csv; charset=UTF-8";

  private static Response.ResponseBuilder csv(
      jakarta.ws.rs.core.StreamingOutput body, String filename) {
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
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
    return accepted(
        () -> runs.start(SyncRuns.withTrigger(RunRequest.forStart(parameters, hooks.on()), "api")));
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
