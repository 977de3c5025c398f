package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.cync.directory.SampleDirectory;
import org.cync.testing.CyncServer;
import org.junit.jupiter.api.Test;

/**
 * The crash case: the server process is killed (SIGKILL) in the middle of a run, a new process
 * starts on the same data directory, and the run is restarted. It must resume from its last
 * checkpoint and end in the exact desired state.
 */
class RestartAfterKillIT {
  private static final int USERS = 150;
  private static final int CHUNK = 5;

  @Test
  void aRunKilledMidwayResumesFromItsCheckpointInANewProcess() {
    Path data = CyncServer.freshDataDir("restart-after-kill");
    long firstRun;
    long writtenBeforeCrash;
    try (CyncServer server = CyncServer.start(data, "-Dcync.test-hooks=on")) {
      server.getJson("/api/directory/snapshot"); // warm up, so polling keeps pace with the run
      String parameters =
          "{\"sampleSize\":\"%d\",\"chunkSize\":\"%d\",\"itemDelayMillis\":\"100\"}"
              .formatted(USERS, CHUNK);
      firstRun = executionId(server.postJson("/api/runs", parameters).body());
      // Rows are visible only once their chunk has committed, with its checkpoint.
      CyncServer.await(
          Duration.ofSeconds(60),
          "three checkpoints of run " + firstRun,
          () -> writtenBy(server, firstRun) >= 3 * CHUNK);
      server.kill();
    }

    try (CyncServer server = CyncServer.start(data, "-Dcync.test-hooks=on")) {
      JsonObject crashed = run(server, firstRun);
      assertEquals(
          "FAILED", crashed.getString("status"), "a run of a dead process is marked failed");
      assertEquals("CRASHED", crashed.getString("exitStatus"));
      writtenBeforeCrash = writtenBy(server, firstRun);

      long secondRun =
          executionId(
              server
                  .postJson("/api/runs/" + firstRun + "/restart", "{\"itemDelayMillis\":\"0\"}")
                  .body());
      CyncServer.await(
          Duration.ofSeconds(60),
          "run " + secondRun + " to complete",
          () -> "COMPLETED".equals(run(server, secondRun).getString("status")));

      // The restart read only what the last checkpoint had not covered ...
      int checkpointed = USERS - readCount(server, secondRun);
      assertTrue(
          checkpointed >= 2 * CHUNK && checkpointed < USERS, "checkpoint at user " + checkpointed);
      assertEquals(0, checkpointed % CHUNK, "a checkpoint falls on a chunk boundary");
      // ... the killed run's rows were never behind its checkpoint (nothing is skipped); they may
      // be one chunk ahead, when the kill fell between the Derby commit and the checkpoint's ...
      assertTrue(
          writtenBeforeCrash == checkpointed || writtenBeforeCrash == checkpointed + CHUNK,
          "rows before the crash: " + writtenBeforeCrash + ", checkpoint at user " + checkpointed);
      // ... and the end state is exact: every user mirrored once, written by the run that reached
      // it, and every enabled one a contact.
      JsonObject snapshot = server.getJson("/api/directory/snapshot").asJsonObject();
      assertEquals(USERS, snapshot.getJsonNumber("users").longValue());
      assertEquals(enabledAmong(1, USERS), snapshot.getJsonNumber("size").longValue());
      assertEquals(checkpointed, writtenBy(server, firstRun));
      assertEquals(USERS - checkpointed, writtenBy(server, secondRun));
    }
  }

  private static long executionId(String json) {
    return CyncServer.parse(json).getJsonNumber("executionId").longValue();
  }

  private static JsonObject run(CyncServer server, long id) {
    return server.getJson("/api/runs/" + id).asJsonObject();
  }

  private static int readCount(CyncServer server, long id) {
    var steps = run(server, id).getJsonArray("steps");
    return steps.getJsonObject(0).getJsonObject("metrics").getInt("READ_COUNT");
  }

  private static long writtenBy(CyncServer server, long id) {
    JsonObject byExecution =
        server.getJson("/api/directory/snapshot").asJsonObject().getJsonObject("byExecution");
    String key = Long.toString(id);
    return byExecution.containsKey(key) ? byExecution.getJsonNumber(key).longValue() : 0;
  }

  private static long enabledAmong(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .filter(n -> SampleDirectory.user(n).accountEnabled())
        .count();
  }
}
