package org.cync.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** -Dbenchmark.scenarios, the runs it needs per tenant, and the tenants. */
class PlanTest {
  @Test
  void scenariosAreOneToSeven() {
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7), Plan.scenarios("1,2,3,4,5,6,7"));
    assertEquals(Set.of(5, 6, 7), Plan.scenarios(" 7 5, 6,"));
    IllegalArgumentException eight =
        assertThrows(IllegalArgumentException.class, () -> Plan.scenarios("5,8"));
    assertEquals("benchmark.scenarios: 1..7, not 8", eight.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Plan.scenarios("0"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Plan.scenarios("five"))
            .getMessage()
            .contains("'five'"));
    assertThrows(IllegalArgumentException.class, () -> Plan.scenarios(" , "));
  }

  @Test
  void aScenarioThatComparesWithAnInitialSyncBringsItAlong() {
    assertEquals(List.of(List.of(5, 6, 7)), Plan.runs(Set.of(5, 6, 7)));
    assertEquals(List.of(List.of(5, 7)), Plan.runs(Set.of(7)));
    assertEquals(List.of(List.of(1, 2), List.of(5, 6)), Plan.runs(Set.of(2, 6)));
    assertEquals(
        List.of(List.of(1, 2, 3), List.of(4), List.of(5, 6, 7)),
        Plan.runs(Set.of(1, 2, 3, 4, 5, 6, 7)));
    assertEquals(List.of(List.of(4)), Plan.runs(Set.of(4)));
  }

  @Test
  void scenariosThreeAndSevenChangeUsers() {
    assertTrue(Plan.changesUsers(3));
    assertTrue(Plan.changesUsers(7));
    assertFalse(Plan.changesUsers(6));
    assertFalse(Plan.changesUsers(2));
  }

  @Test
  void theLargeTenantHasAThousandMailboxesWrittenTwoHundredFiftySixAtATime() {
    Tenant large = Tenant.forScenario(5, 1);
    assertEquals(new Tenant(1_250, 1_000, 100, 256, 4_096), large);
    assertEquals(large, Tenant.forScenario(7, 1));
    assertEquals(125, Tenant.forScenario(6, 0.1).users());
    assertEquals(1_000, Tenant.forScenario(6, 0.1).mailboxes(), "the mailbox count stays");
    assertEquals(new Tenant(2_000, 50, 200, 64, 1_024), Tenant.forScenario(1, 1));
    assertEquals(new Tenant(10_000, 10, 100, 64, 1_024), Tenant.forScenario(4, 1));
  }
}
