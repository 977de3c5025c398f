package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run page's JPQL: known properties only, values bound, never pasted. */
class RunMailboxQueryTest {

  @Test
  void aRunsRowsInTheDefaultOrder() {
    RunMailboxQuery q = RunMailboxQuery.all(42, 9, false);
    assertEquals(
        "select r from RunMailbox r where r.executionId = :e order by r.displayName, r.mailboxId",
        q.select());
    assertEquals("select count(r) from RunMailbox r where r.executionId = :e", q.count());
    assertEquals(Map.of("e", 42L), q.parameters());
  }

  @Test
  void filtersAndSortBecomeBoundParametersAndUnknownPropertiesAreDropped() {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("outcome", "FAILED");
    filters.put("displayName", " Anna_50% ");
    filters.put("secret') or 1=1 --", "x");
    filters.put("errorCode", " ");
    RunMailboxQuery q = new RunMailboxQuery(42, 9, false, filters, "failed", false);
    assertEquals(
        "select r from RunMailbox r where r.executionId = :e"
            + " and lower(r.displayName) like :f0 escape '\\' and r.outcome = :f1"
            + " order by r.failed desc, r.mailboxId",
        q.select());
    assertEquals(Map.of("e", 42L, "f0", "%anna\\_50\\%%", "f1", "FAILED"), q.parameters());
    assertFalse(q.select().contains("secret"));
  }

  @Test
  void anUnknownSortIsTheDefaultOrderAndOlderRowsAreFoundByInstance() {
    RunMailboxQuery q =
        new RunMailboxQuery(42, 9, true, Map.of(), "message; drop table RUN_MAILBOX", true);
    assertEquals(
        "select r from RunMailbox r where r.executionId = 0 and r.instanceId = :i"
            + " order by r.displayName, r.mailboxId",
        q.select());
    assertEquals(Map.of("i", 9L), q.parameters());
  }
}
