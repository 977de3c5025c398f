package org.cync.convergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.cync.testing.ConnectedTenant;
import org.cync.testing.CyncServer;

/**
 * The three reproductions, deterministic: a full reconcile must leave every mailbox exact
 * (as the test computes it from the sandbox's directory, read from the sandbox's store) after the
 * mailboxes were emptied behind CYNC's back, after a stop and start, and after a kill -9 in the
 * mailbox step and a restart of the crashed run. Played by {@link ConvergenceIT} on its CYNC,
 * before the random seeds: each CYNC start costs tens of seconds on CI, so the two share one.
 */
final class ReconcileRepair {
  private ReconcileRepair() {}

  static void assertExact(World w, String when) {
    List<String> diffs = w.differences();
    assertTrue(
        diffs.isEmpty(),
        when
            + ": "
            + diffs.size()
            + " difference(s):\n  "
            + String.join("\n  ", diffs)
            + "\n--- CYNC log (tail) ---\n"
            + w.logTail(4000));
  }

  static void assertCompleted(World w, JsonObject run) {
    assertEquals("COMPLETED", run.getString("status"), run + "\n" + w.logTail(4000));
  }

  /**
   * One data directory through the cases in turn, on a CYNC that has never run ({@code w}'s
   * server and data; {@code w.server} is the running one at the end): (1) mailboxes emptied while
   * CYNC runs; (2) a stop and a start, then emptied again; (3) a kill -9 in the mailbox step and a
   * restart of the crashed run; each ends with one full reconcile that must leave every mailbox
   * exact. (5) A switch to another tenant, whose first run must be exact by itself.
   */
  static void play(World w) throws Exception {
    assertCompleted(w, w.run("{}"));
    assertExact(w, "after the first run");

    ConnectedTenant.adminJson(w.sandbox, "POST", "/reset", "{}");
    assertCompleted(w, w.run("{\"reconcile\":\"true\"}"));
    assertExact(w, "(1) after POST /admin/reset and one full reconcile");

    w.server.stop();
    w.server = CyncServer.start(w.data);
    ConnectedTenant.adminJson(w.sandbox, "POST", "/reset", "{}");
    assertCompleted(w, w.run("{\"reconcile\":\"true\"}"));
    assertExact(w, "(2) after a stop, a start, POST /admin/reset and one full reconcile");

    String domain = w.sandbox.domain();
    for (int i = 0; i < 40; i++) {
      ConnectedTenant.adminJson(
          w.sandbox,
          "POST",
          "/directory/users",
          ("{\"displayName\":\"Łukasz Neu %d\",\"mail\":\"neu%d@%s\",\"userPrincipalName\":\"neu%d@%s\"}")
              .formatted(i, i, domain, i, domain));
    }
    ConnectedTenant.adminJson(
        w.sandbox, "PUT", "/latency", "{\"minMillis\":150,\"maxMillis\":150}");
    long before = creates(w);
    long id = w.server.startRun("{\"mailboxChunkSize\":\"10\"}");
    CyncServer.await(
        Duration.ofSeconds(120), "some creates of run " + id, () -> creates(w) >= before + 15);
    w.server.kill();
    ConnectedTenant.adminJson(w.sandbox, "PUT", "/latency", "{\"minMillis\":0,\"maxMillis\":0}");
    assertTrue(creates(w) < before + 40L * w.desiredTargets().size(), "killed midway");
    w.server = CyncServer.start(w.data);
    var restarted = w.server.postJson("/api/runs/" + id + "/restart", "{}");
    assertEquals(202, restarted.statusCode(), restarted.body());
    assertCompleted(
        w, w.awaitEnd(CyncServer.parse(restarted.body()).getJsonNumber("executionId").longValue()));
    assertCompleted(w, w.run("{\"reconcile\":\"true\"}"));
    assertExact(w, "(3) after a kill -9 in the mailbox step, a restart and one full reconcile");

    // (5) Another tenant at another address: the saved delta link is of the old one; the next
    // run must read the new directory in full by itself, not fail on the old link.
    w.switchTenant(24, 24, 3);
    assertCompleted(w, w.run("{}"));
    assertTrue(w.logTail(200_000).contains("in a full round"), "a full round of the new tenant");
    assertExact(w, "(5) after switching to another tenant, its first run");
  }

  /** Contact creates the sandbox answered with 2xx (its own counter). */
  static long creates(World w) {
    var writes = w.sandbox.counters().toJson().get("writes");
    return writes == null ? 0 : writes.getAsLong();
  }
}
