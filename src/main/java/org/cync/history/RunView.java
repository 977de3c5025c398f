package org.cync.history;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run (job execution) as the console and the API show it. A class with getters, not a record:
 * Jakarta EE 10's EL and JSON-B only see bean properties.
 */
public final class RunView {
  private final long executionId;
  private final long instanceId;
  private final String status;
  private final String exitStatus;
  private final Date started;
  private final Date ended;
  private final List<StepView> steps;

  RunView(JobExecution execution, long instanceId, List<StepExecution> steps) {
    this.executionId = execution.getExecutionId();
    this.instanceId = instanceId;
    this.status = execution.getBatchStatus().name();
    this.exitStatus = execution.getExitStatus();
    this.started = execution.getStartTime();
    this.ended = execution.getEndTime();
    this.steps = steps.stream().map(StepView::new).toList();
  }

  public long getExecutionId() {
    return executionId;
  }

  public long getInstanceId() {
    return instanceId;
  }

  public String getStatus() {
    return status;
  }

  public String getExitStatus() {
    return exitStatus;
  }

  public Date getStarted() {
    return started;
  }

  public Date getEnded() {
    return ended;
  }

  public List<StepView> getSteps() {
    return steps;
  }

  public boolean isRestartable() {
    return "FAILED".equals(status) || "STOPPED".equals(status);
  }

  /**
   * One step of a run with its counters (READ_COUNT, WRITE_COUNT, FILTER_COUNT, COMMIT_COUNT, ...).
   */
  public static final class StepView {
    private final String name;
    private final String status;
    private final Map<String, Long> metrics = new LinkedHashMap<>();

    StepView(StepExecution step) {
      this.name = step.getStepName();
      this.status = step.getBatchStatus().name();
      for (Metric metric : step.getMetrics()) {
        metrics.put(metric.getType().name(), metric.getValue());
      }
    }

    public String getName() {
      return name;
    }

    public String getStatus() {
      return status;
    }

    public Map<String, Long> getMetrics() {
      return metrics;
    }
  }
}
