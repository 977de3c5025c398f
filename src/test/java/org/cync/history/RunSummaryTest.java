package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import org.cync.sync.RunEnded;
import org.cync.sync.RunStarted;
import org.junit.jupiter.api.Test;

/** What the run history keeps of a run's start and end, and how it is shown. */
class RunSummaryTest {
  static final Instant START = Instant.parse("2026-12-06T07:00:00Z");

  static RunSummary ended(long id, int run, String status, String exit, long created) {
    RunSummary s = new RunSummary(new RunStarted(id, 7, "schedule", false, START), run);
    s.ended(
        new RunEnded(
            id,
            "schedule",
            status,
            exit,
            START,
            START.plusSeconds(95),
            created,
            2,
            1,
            created,
            2,
            1,
            4,
            List.of(),
            new RunEnded.Figures(40, 300, 5, 3, 1, 0, 12, 2, 2600)));
    return s;
  }

  @Test
  void aRunningRunHasNoEndYet() {
    HistoryItem item =
        new HistoryItem(new RunSummary(new RunStarted(23, 7, "api", true, START), 5));
    assertEquals("running", item.getOutcome());
    assertEquals("api", item.getTrigger());
    assertTrue(item.isDryRun());
    assertNull(item.getDurationSeconds());
    assertEquals(23L, item.getExecutionId());
    assertEquals(5, item.getRun());
  }

  @Test
  void theEndGivesOutcomeDurationAndFigures() {
    HistoryItem item = new HistoryItem(ended(23, 5, "COMPLETED", "COMPLETED_WITH_FAILURES", 10));
    assertEquals("completed_with_failures", item.getOutcome());
    assertEquals(95L, item.getDurationSeconds());
    assertEquals(13, item.getWrites());
    var f = item.getFigures();
    assertEquals(40L, f.get("directoryChangesRead"));
    assertEquals(300L, f.get("sources"));
    assertEquals(10L, f.get("created"));
    assertEquals(5L, f.get("photos"));
    assertEquals(3L, f.get("mailboxesDone"));
    assertEquals(1L, f.get("mailboxesFailed"));
    assertEquals(12L, f.get("graphCalls"));
    assertEquals(2L, f.get("throttled"));
    assertEquals(3L, f.get("retryAfterWaitSeconds"));
  }

  @Test
  void aSkippedFiringHasNoExecution() {
    HistoryItem item = new HistoryItem(RunSummary.skipped(START, "run 23 is still running"));
    assertEquals("skipped", item.getOutcome());
    assertNull(item.getExecutionId());
    assertNull(item.getRun());
    assertEquals(-START.toEpochMilli(), item.key());
    assertEquals("run 23 is still running", item.getReason());
  }

  @Test
  void anInterruptedRunEndsInTheHistoryToo() {
    RunSummary s = new RunSummary(new RunStarted(23, 7, "manual", false, START), 5);
    s.interrupted("failed", "FAILED", "CRASHED", START.plusSeconds(10));
    assertEquals("failed", new HistoryItem(s).getOutcome());
    assertEquals(10L, new HistoryItem(s).getDurationSeconds());
  }

  @Test
  void theChartShowsWritesAndDurationOldestFirst() {
    JsonObject chart =
        JsonParser.parseString(
                RunsChart.json(
                    List.of(
                        ended(44, 6, "COMPLETED", "COMPLETED", 7),
                        ended(23, 5, "FAILED", "FAILED", 1))))
            .getAsJsonObject();
    var data = chart.getAsJsonObject("data");
    assertEquals("Run 5", data.getAsJsonArray("labels").get(0).getAsString());
    var writes = data.getAsJsonArray("datasets").get(0).getAsJsonObject().getAsJsonArray("data");
    assertEquals(4, writes.get(0).getAsLong());
    assertEquals(10, writes.get(1).getAsLong());
    var seconds = data.getAsJsonArray("datasets").get(1).getAsJsonObject().getAsJsonArray("data");
    assertEquals(95, seconds.get(1).getAsLong());
  }
}
