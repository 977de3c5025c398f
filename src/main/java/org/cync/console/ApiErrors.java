package org.cync.console;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception that leaves an API resource becomes {@code {"error": "..."}} (see {@link
 * ApiFailure}); an unexpected one is logged with its reference number, which is all the caller
 * sees. JAX-RS picks the closest mapper, so a feature's own mapper (like the batch conflicts')
 * still wins for its exceptions.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException w) {
      Response r = w.getResponse();
      if (r.hasEntity()) {
        return r; // a resource's own answer
      }
      return json(ApiFailure.forStatus(r.getStatus()), r);
    }
    ApiFailure failure = ApiFailure.forException(e);
    failure
        .reference()
        .ifPresentOrElse(
            ref -> LOG.log(Level.SEVERE, "API request failed, reference " + ref, e),
            () -> LOG.fine(() -> "API request refused: " + e));
    return json(failure, null);
  }

  private static Response json(ApiFailure failure, Response original) {
    Response.ResponseBuilder b =
        Response.status(failure.status())
            .type(MediaType.APPLICATION_JSON)
            .entity(Map.of("error", failure.message()));
    if (original != null && original.getHeaderString("Allow") != null) {
      b.header("Allow", original.getHeaderString("Allow"));
    }
    return b.build();
  }
}
