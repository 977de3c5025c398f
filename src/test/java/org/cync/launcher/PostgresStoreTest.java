package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which store CYNC runs on, and the messages for a PostgreSQL setting that is not right. */
class PostgresStoreTest {
  private static final Map<String, String> PASSWORD = Map.of("CYNC_STORE_PASSWORD", "pg-s3cret");

  @Test
  void withoutAUrlTheStoresStayDerbyAndH2() {
    assertEquals(Optional.empty(), PostgresStore.resolve(Map.of(), Map.of()));
    assertEquals(Optional.empty(), LaunchSettings.resolve(Map.of(), Map.of()).store());
  }

  @Test
  void aUrlAUserAndAPasswordFromTheEnvironmentChoosePostgres() {
    PostgresStore store =
        PostgresStore.resolve(
                Map.of("cync.store.url", "jdbc:postgresql://db.example.org:5433/cync"),
                Map.of("CYNC_STORE_USER", "cync_app", "CYNC_STORE_PASSWORD", "pg-s3cret"))
            .orElseThrow();
    assertEquals(new PostgresStore("db.example.org", 5433, "cync", "cync_app", "pg-s3cret"), store);
    assertFalse(store.toString().contains("pg-s3cret"), store.toString());
  }

  @Test
  void thePortDefaultsToPostgresOwn() {
    Map<String, String> properties =
        Map.of("cync.store.url", "jdbc:postgresql://10.0.0.5/cync", "cync.store.user", "cync");
    assertEquals(5432, PostgresStore.resolve(properties, PASSWORD).orElseThrow().port());
  }

  @Test
  void aUrlWithParametersOrOfAnotherFormIsRefusedWithoutShowingTheParameters() {
    for (String url :
        new String[] {
          "jdbc:postgresql://db/cync?password=leak",
          "jdbc:derby:/srv/cync",
          "jdbc:postgresql://a,b/cync",
          "jdbc:postgresql://db/",
          "postgresql://db/cync",
          "jdbc:postgresql://db:99999/cync"
        }) {
      StartupProblem problem =
          assertThrows(
              StartupProblem.class,
              () ->
                  PostgresStore.resolve(
                      Map.of("cync.store.url", url, "cync.store.user", "cync"), PASSWORD),
              url);
      assertTrue(problem.getMessage().contains("cync.store.url (CYNC_STORE_URL)"), url);
      assertFalse(problem.getMessage().contains("leak"), problem.getMessage());
    }
  }

  @Test
  void aUrlNeedsAUserAndAPlainRoleName() {
    Map<String, String> url = Map.of("cync.store.url", "jdbc:postgresql://db/cync");
    assertTrue(
        assertThrows(StartupProblem.class, () -> PostgresStore.resolve(url, PASSWORD))
            .getMessage()
            .contains("cync.store.user (CYNC_STORE_USER) is not"));
    Map<String, String> odd =
        Map.of("cync.store.url", "jdbc:postgresql://db/cync", "cync.store.user", "a:b=c");
    assertTrue(
        assertThrows(StartupProblem.class, () -> PostgresStore.resolve(odd, PASSWORD))
            .getMessage()
            .contains("plain PostgreSQL role name"));
  }

  @Test
  void aUserOrPasswordWithoutAUrlIsAMistakeNotDerby() {
    assertTrue(
        assertThrows(
                StartupProblem.class,
                () -> PostgresStore.resolve(Map.of("cync.store.user", "cync"), Map.of()))
            .getMessage()
            .contains("cync.store.url (CYNC_STORE_URL) is not"));
    assertThrows(StartupProblem.class, () -> PostgresStore.resolve(Map.of(), PASSWORD));
  }
}
