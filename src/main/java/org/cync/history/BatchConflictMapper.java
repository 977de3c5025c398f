package org.cync.history;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Map;

/**
 * A batch runtime exception that reaches the API is a JSON answer, not Payara's HTML error page: a
 * refusal ({@link BatchConflicts}) is a 409 that says what to do; anything else goes to the API's
 * general mapper (a 500 with a reference number that is in the log, never the exception's text).
 */
@Provider
public class BatchConflictMapper implements ExceptionMapper<BatchRuntimeException> {
  @Context Providers providers;

  @Override
  public Response toResponse(BatchRuntimeException e) {
    return BatchConflicts.message(e, (Long) null)
        .map(message -> answer(Response.Status.CONFLICT, message))
        .orElseGet(() -> providers.getExceptionMapper(Throwable.class).toResponse(e));
  }

  private static Response answer(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message))
        .build();
  }
}
