package org.cync.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs the live progress panel ({@code WEB-INF/includes/run-progress.xhtml}) of the dashboard and
 * the run page: reads the progress once per request ({@link RunProgressReader}, itself cached), so
 * a poll every few seconds costs one small read.
 */
@Named
@RequestScoped
public class RunProgressView {
  @Inject RunProgressReader reader;
  @Inject RunNumbers numbers;
  private final Map<Long, RunProgress> read = new HashMap<>();

  /** The progress of the run, or null when it is not going. */
  public RunProgress of(Long executionId) {
    if (executionId == null) {
      return null;
    }
    return read.computeIfAbsent(executionId, id -> reader.of(id).orElse(null));
  }

  public int runNumber(Long executionId) {
    return executionId == null ? 0 : numbers.of(executionId);
  }
}
