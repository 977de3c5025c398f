package org.cync.graphbatch;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Graph's answers to CYNC's writes since the server started, all runs and mailboxes together: what
 * /metrics shows as Graph requests by status class and throttled answers. In memory, so it starts
 * at zero after a restart (Prometheus' rate() and increase() expect exactly that of a counter).
 */
@ApplicationScoped
public class GraphTraffic {
  private final WriteStats total = new WriteStats();

  public WriteStats total() {
    return total;
  }

  /** A writer's own figures that also count here. */
  public WriteStats forWriter() {
    return new WriteStats(total);
  }
}
