package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cync.directory.SampleDirectory;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.tenant.DirectoryGroup;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.settings.SyncOptions;
import org.cync.testing.ConnectedTenant;
import org.cync.testing.CyncServer;
import org.cync.testing.PostgresServer;
import org.cync.testing.SandboxTruth;
import org.junit.jupiter.api.Test;

/**
 * The crash case: the server process is killed (SIGKILL) in the middle of a run, a new process
 * starts on the same data directory, and the run is restarted. It must resume from its last
 * checkpoint and end in the exact desired state: in the directory step, and in the mailbox step
 * with 500 mailboxes taken by a few workers.
 */
class RestartAfterKillIT {
  private static final int USERS = 150;
  private static final int CHUNK = 5;

  @Test
  void aRunKilledMidwayResumesFromItsCheckpointInANewProcess() {
    killMidwayAndRestart(CyncServer.freshDataDir("restart-after-kill"), Map.of(), false);
  }

  /**
   * The same on PostgreSQL, where a chunk's rows and its checkpoint are one transaction of the one
   * pool (stores.md): the killed run's rows are exactly those its checkpoint covers, never a chunk
   * ahead.
   */
  @Test
  void onPostgresARunKilledMidwayResumesFromExactlyItsCheckpoint() {
    try (PostgresServer postgres = PostgresServer.start("restart-after-kill")) {
      killMidwayAndRestart(
          CyncServer.freshDataDir("restart-after-kill-postgres"), postgres.cyncEnvironment(), true);
    }
  }

  /** {@code oneTransaction}: the rows cannot be a chunk ahead of the checkpoint. */
  private static void killMidwayAndRestart(
      Path data, Map<String, String> store, boolean oneTransaction) {
    long firstRun;
    long writtenBeforeCrash;
    try (CyncServer server = CyncServer.start(data, store, "-Dcync.test-hooks=on")) {
      server.getJson("/api/directory/snapshot"); // warm up, so polling keeps pace with the run
      Map<String, Integer> log = transactionLog(data);
      String parameters =
          "{\"sampleSize\":\"%d\",\"chunkSize\":\"%d\",\"itemDelayMillis\":\"100\"}"
              .formatted(USERS, CHUNK);
      firstRun = executionId(server.postJson("/api/runs", parameters).body());
      // Rows are visible only once their chunk has committed, with its checkpoint.
      CyncServer.await(
          Duration.ofSeconds(60),
          "three checkpoints of run " + firstRun,
          () -> writtenBy(server, firstRun) >= 3 * CHUNK);
      if (oneTransaction) {
        assertEquals(log, transactionLog(data), "one-phase commits write no transaction log");
      }
      server.kill();
    }

    try (CyncServer server = CyncServer.start(data, store, "-Dcync.test-hooks=on")) {
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
          writtenBeforeCrash == checkpointed
              || (!oneTransaction && writtenBeforeCrash == checkpointed + CHUNK),
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

  /**
   * 500 target mailboxes written by 16 workers (about 30 mailboxes each), killed midway through the
   * mailbox step and restarted in a new process: the restart visits only the mailboxes left
   * unfinished, and every mailbox ends holding each source exactly once, as the sandbox's own store
   * shows.
   */
  @Test
  void fiveHundredMailboxesKilledMidwayEndExactAfterARestart() throws Exception {
    try (GraphSandbox sandbox = GraphSandbox.builder().users(640).seed(16).start()) {
      List<String> targets = targets(sandbox);
      assertTrue(targets.size() >= 500, "target mailboxes: " + targets.size());
      String team = smallTeam(sandbox);
      Map<String, List<String>> wanted = sources(sandbox, team);
      long contacts = (long) wanted.size() * targets.size();
      Path data = CyncServer.freshDataDir("restart-after-kill-mailboxes");
      long firstRun;
      try (CyncServer server = CyncServer.start(data)) {
        ConnectedTenant.connect(server, sandbox);
        var saved =
            server.send(
                "PUT",
                "/api/sync-settings",
                "{\"mailboxParallelism\":16,\"sources\":{\"includeGroupIds\":[\"%s\"]}}"
                    .formatted(team));
        assertEquals(200, saved.statusCode(), saved.body());
        ConnectedTenant.adminJson(
            sandbox, "PUT", "/latency", "{\"minMillis\":100,\"maxMillis\":100}");
        firstRun = server.startRun("{\"mailboxChunkSize\":\"5\"}");
        CyncServer.await(
            Duration.ofMinutes(4),
            "a quarter of the contacts of run " + firstRun,
            () -> SandboxTruth.creates(sandbox) >= contacts / 4);
        server.kill();
        assertTrue(
            server.log().contains("mailboxes, 16 workers"), "16 workers, not one per mailbox");
      }
      ConnectedTenant.adminJson(sandbox, "PUT", "/latency", "{\"minMillis\":0,\"maxMillis\":0}");
      long createdBeforeCrash = SandboxTruth.creates(sandbox);
      assertTrue(createdBeforeCrash < contacts, "killed midway: " + createdBeforeCrash);

      try (CyncServer server = CyncServer.start(data)) {
        assertEquals("FAILED", run(server, firstRun).getString("status"));
        var restarted = server.postJson("/api/runs/" + firstRun + "/restart", "{}");
        assertEquals(202, restarted.statusCode(), restarted.body());
        JsonObject end = server.awaitRunEnd(executionId(restarted.body()), Duration.ofMinutes(5));
        assertEquals("COMPLETED", end.getString("status"), end.toString());
        assertEquals("COMPLETED", end.getString("exitStatus"), end.toString());
        // The data directory's log files, then this process's console: the first line is the
        // killed run's step, the last the restart's.
        Matcher step = Pattern.compile("Mailbox step: (\\d+) mailboxes").matcher(server.log());
        List<Long> steps = new java.util.ArrayList<>();
        while (step.find()) {
          steps.add(Long.parseLong(step.group(1)));
        }
        assertTrue(steps.size() >= 2, "the killed run's mailbox step and the restart's: " + steps);
        assertTrue(steps.get(0) >= targets.size(), "the first run visits every target");
        long revisited = steps.get(steps.size() - 1);
        assertTrue(
            revisited > 0 && revisited < steps.get(0),
            "the restart visits only the unfinished mailboxes: " + revisited);
      }
      for (String mailbox : targets) {
        assertEquals(
            wanted,
            SandboxTruth.ours(sandbox, mailbox, SyncOptions.DEFAULT_FOLDER),
            "contacts of ours in mailbox " + mailbox);
      }
    }
  }

  /** Enabled members with mail and a mailbox: CYNC's default targets. */
  private static List<String> targets(GraphSandbox sandbox) {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().allUsers().stream()
                    .filter(u -> SandboxTruth.enabledMemberWithMail(u) && u.mailboxLicensed())
                    .map(DirectoryUser::id)
                    .sorted()
                    .toList());
  }

  /** The smallest "Team Nord" group with at least eight sources: few contacts per mailbox. */
  private static String smallTeam(GraphSandbox sandbox) {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().groups().stream()
                    .filter(g -> g.props().get("displayName").getAsString().endsWith("Team Nord"))
                    .filter(g -> sourceCount(sandbox, g) >= 8)
                    .min(Comparator.comparingLong(g -> sourceCount(sandbox, g)))
                    .orElseThrow()
                    .id());
  }

  private static long sourceCount(GraphSandbox sandbox, DirectoryGroup g) {
    return sandbox.directory().transitiveMembers(g).stream()
        .filter(id -> SandboxTruth.enabledMemberWithMail(sandbox.directory().user(id)))
        .count();
  }

  /** Source ID → its display name once, as every target mailbox must hold it. */
  private static Map<String, List<String>> sources(GraphSandbox sandbox, String group) {
    return sandbox
        .directory()
        .read(
            () -> {
              Map<String, List<String>> out = new TreeMap<>();
              for (String id :
                  sandbox.directory().transitiveMembers(sandbox.directory().group(group))) {
                DirectoryUser u = sandbox.directory().user(id);
                if (SandboxTruth.enabledMemberWithMail(u)) {
                  out.put(id, List.of(u.string("displayName")));
                }
              }
              return out;
            });
  }

  /** Each file of Payara's transaction log in the data directory, by its content's hash. */
  private static Map<String, Integer> transactionLog(Path data) {
    Map<String, Integer> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(data.resolve("transactions"))) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(data.relativize(file).toString(), Arrays.hashCode(Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(files.isEmpty(), "Payara's transaction log in " + data);
    return files;
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
