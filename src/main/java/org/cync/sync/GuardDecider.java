package org.cync.sync;

import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Routes the job on the plan step's verdict ({@link DeletionGuard}); decides nothing itself. */
@Dependent
@Named
public class GuardDecider implements Decider {
  @Override
  public String decide(StepExecution[] executions) {
    return executions[0].getExitStatus();
  }
}
