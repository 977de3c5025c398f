package org.cync.graphbatch;

import java.io.IOException;
import java.util.List;

/**
 * Sends one {@code $batch} envelope and answers its sub-responses (in any order, matched by ID).
 * The seam between {@link BatchWriter}'s retry rules and Graph's HTTP stack.
 */
public interface BatchTransport {

  /**
   * @throws BatchRejected when the envelope itself is refused (status other than 200)
   * @throws IOException when the connection failed or dropped
   */
  List<SubResponse> send(List<SubRequest> requests) throws IOException;
}
