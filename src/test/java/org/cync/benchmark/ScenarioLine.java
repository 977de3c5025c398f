package org.cync.benchmark;

import java.util.Locale;

/**
 * One scenario's figures as the benchmark prints them; a status other than COMPLETED is appended so
 * a failed or unfinished run can never pass for a measurement.
 *
 * @param peakHeapMb the most heap CYNC had in use at one moment; -1 when CYNC does not answer
 *     /api/diagnostics
 * @param liveHeapMb the most heap still in use after a collection (what the data needed)
 * @param cpuSeconds -1 when the process's CPU time cannot be read
 * @param storeMb the store's size after the scenario (see {@link Store#megabytes}); -1 unknown
 */
record ScenarioLine(
    int scenario,
    long writes,
    double wallSeconds,
    long httpCalls,
    long subrequests,
    long throttled,
    double boundSeconds,
    double cpuSeconds,
    long peakHeapMb,
    long liveHeapMb,
    double storeMb,
    String status) {

  String format() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "scenario=%d writes=%d wall_s=%.1f http_calls=%d subrequests=%d"
                    + " subrequests_per_write=%s throttled=%d bound_s=%.1f ratio=%s cpu_s=%s"
                    + " peak_heap_mb=%s live_heap_mb=%s cpu_ms_per_write=%s writes_per_s=%s"
                    + " store_mb=%s",
                scenario,
                writes,
                wallSeconds,
                httpCalls,
                subrequests,
                writes == 0
                    ? "n/a"
                    : String.format(Locale.ROOT, "%.2f", subrequests / (double) writes),
                throttled,
                boundSeconds,
                wallSeconds <= 0
                    ? "n/a"
                    : String.format(Locale.ROOT, "%.3f", boundSeconds / wallSeconds),
                cpuSeconds < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", cpuSeconds),
                peakHeapMb < 0 ? "n/a" : String.valueOf(peakHeapMb),
                liveHeapMb < 0 ? "n/a" : String.valueOf(liveHeapMb),
                writes == 0 || cpuSeconds < 0
                    ? "n/a"
                    : String.format(Locale.ROOT, "%.3f", cpuSeconds * 1000 / writes),
                wallSeconds <= 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", writes / wallSeconds),
                storeMb < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", storeMb)));
    if (!"COMPLETED".equals(status)) {
      b.append(" status=").append(status);
    }
    return b.toString();
  }
}
