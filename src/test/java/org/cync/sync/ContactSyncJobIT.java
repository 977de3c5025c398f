package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Scanner;
import org.cync.directory.MirrorRepository;
import org.cync.health.StoresReadiness;
import org.cync.history.RunConflict;
import org.cync.history.RunView;
import org.cync.history.SyncRuns;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contact-sync job inside a real Payara Micro that deploys the built WAR and runs the real boot
 * file: the batch runtime keeps its repository in H2, the writer commits to Derby with each
 * checkpoint, a failed run restarts from its checkpoint, and only one run goes at a time.
 */
@ExtendWith(ArquillianExtension.class)
class ContactSyncJobIT {

  @Deployment
  static WebArchive builtWar() {
    WebArchive war =
        ShrinkWrap.create(ZipImporter.class, "ROOT.war")
            .importFrom(new File(System.getProperty("cync.war")))
            .as(WebArchive.class)
            .addClass(ContactSyncJobIT.class);
    // The console's login covers every path; Arquillian's own test servlet must stay reachable.
    String webXml =
        new Scanner(war.get("WEB-INF/web.xml").getAsset().openStream(), StandardCharsets.UTF_8)
            .useDelimiter("\\A")
            .next()
            .replace(
                "<url-pattern>/health/*</url-pattern>",
                "<url-pattern>/health/*</url-pattern>"
                    + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
                    + "<url-pattern>/ArquillianServletRunner</url-pattern>");
    return war.setWebXML(new StringAsset(webXml));
  }

  @Inject SyncRuns runs;
  @Inject MirrorRepository mirror;
  @Inject org.cync.contacts.DesiredContacts desired;
  @Inject @Readiness StoresReadiness stores;

  @Test
  void bothStoresAreReadyInTheContainer() {
    HealthCheckResponse response = stores.call();
    assertEquals(
        HealthCheckResponse.Status.UP, response.getStatus(), response.getData().toString());
  }

  @Test
  void aFailedRunRestartsFromItsCheckpointAndCompletes() throws InterruptedException {
    long whole = runs.start(Map.of("sampleSize", "1000", "chunkSize", "50"));
    assertEquals("COMPLETED", awaitEnd(whole).getStatus());
    assertEquals(1000, mirror.size(), "every sample user is mirrored");
    assertEquals(900, desired.size(), "1000 sample users, every tenth disabled");

    long first = runs.start(Map.of("sampleSize", "40", "chunkSize", "10", "failAtItem", "25"));
    assertEquals("FAILED", awaitEnd(first).getStatus());
    assertEquals(
        2, metric(first, Metric.MetricType.COMMIT_COUNT), "two chunks committed before user 25");

    long second = runs.restart(first, Map.of("failAtItem", ""));
    assertEquals("COMPLETED", awaitEnd(second).getStatus());
    assertEquals(20, metric(second, Metric.MetricType.READ_COUNT), "resumed after user 20");
    assertEquals(1000, mirror.size(), "users written again are overwritten, never duplicated");
    assertEquals(900, desired.size(), "the desired contacts are computed again, the same");
    Map<Long, Long> byExecution = mirror.countByExecution();
    assertEquals(20, byExecution.get(first), "users 1-20");
    assertEquals(20, byExecution.get(second), "users 21-40");
  }

  @Test
  void aSecondRunIsRefusedWhileOneIsRunning() throws InterruptedException {
    long running = runs.start(Map.of("sampleSize", "30", "itemDelayMillis", "100"));
    RunConflict conflict = assertThrows(RunConflict.class, () -> runs.start(Map.of()));
    assertTrue(
        conflict.getMessage().startsWith("Run " + running + " is still running"),
        conflict.getMessage());
    assertEquals("COMPLETED", awaitEnd(running).getStatus());
  }

  private RunView awaitEnd(long executionId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      BatchStatus status =
          BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
      if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
        return runs.find(executionId).orElseThrow();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + executionId + " did not end");
  }

  private static long metric(long executionId, Metric.MetricType type) {
    for (Metric metric :
        BatchRuntime.getJobOperator().getStepExecutions(executionId).get(0).getMetrics()) {
      if (metric.getType() == type) {
        return metric.getValue();
      }
    }
    throw new AssertionError(type + " missing");
  }
}
