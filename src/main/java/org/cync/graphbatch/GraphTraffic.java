package org.cync.graphbatch;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Graph's answers to CYNC's writes since the server started, all runs and mailboxes together: what
 * /metrics shows as Graph requests by status class and throttled answers. In memory, so it starts
 * at zero after a restart (Prometheus' rate() and increase() expect exactly that of a counter). The
 * figures of the run under way are kept apart as well ({@link #run()}): one run at a time is
 * guaranteed, so a run's writers count into the run's own figures, which count into the total.
 */
@ApplicationScoped
public class GraphTraffic {
  private final WriteStats total = new WriteStats();
  private volatile WriteStats run = new WriteStats(total);

  public WriteStats total() {
    return total;
  }

  /** Starts the figures of a new run at zero; writers made from now on count into them. */
  public void startRun() {
    run = new WriteStats(total);
  }

  /** The figures of the current (or last) run. */
  public WriteStats run() {
    return run;
  }

  /** A writer's own figures that also count in the run's and the total. */
  public WriteStats forWriter() {
    return new WriteStats(run);
  }
}
