package org.cync.settings;

/**
 * How long the run history is kept: runs that ended more than {@code keepRunsDays} days ago are
 * removed daily from CYNC's store and the batch job repository (org.cync.history.RunRetention), so
 * the data directory does not grow with every run.
 */
public record HistoryOptions(int keepRunsDays) {
  public static final int DEFAULT_KEEP_RUNS_DAYS = 90;
  public static final int MAX_KEEP_RUNS_DAYS = 3650;

  public HistoryOptions {
    if (keepRunsDays < 1 || keepRunsDays > MAX_KEEP_RUNS_DAYS) {
      throw new IllegalArgumentException(
          "keepRunsDays must be 1.." + MAX_KEEP_RUNS_DAYS + ": " + keepRunsDays);
    }
  }

  public static HistoryOptions defaults() {
    return new HistoryOptions(DEFAULT_KEEP_RUNS_DAYS);
  }
}
