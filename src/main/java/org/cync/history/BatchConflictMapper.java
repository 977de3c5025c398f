package org.cync.history;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A batch runtime exception that reaches the API is a JSON answer, not Payara's HTML error page: a
 * refusal ({@link BatchConflicts}) is a 409 that says what to do, anything else a 500 with the
 * exception's message (and the stack trace in the log).
 */
@Provider
public class BatchConflictMapper implements ExceptionMapper<BatchRuntimeException> {
  private static final Logger LOG = Logger.getLogger(BatchConflictMapper.class.getName());

  @Override
  public Response toResponse(BatchRuntimeException e) {
    return BatchConflicts.message(e, (Long) null)
        .map(message -> answer(Response.Status.CONFLICT, message))
        .orElseGet(
            () -> {
              LOG.log(Level.WARNING, "The batch runtime failed", e);
              return answer(
                  Response.Status.INTERNAL_SERVER_ERROR, "The batch runtime failed: " + e);
            });
  }

  private static Response answer(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message))
        .build();
  }
}
