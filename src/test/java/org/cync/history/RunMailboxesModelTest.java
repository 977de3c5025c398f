package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.cync.sync.RunMailboxQuery;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The table's sort and filters, handed to Derby as one query. */
class RunMailboxesModelTest {
  private static final RunMailboxQuery RUN = RunMailboxQuery.all(42, 9, false);

  @Test
  void theTablesSortAndFiltersBecomeTheQuery() {
    RunMailboxQuery q =
        RunMailboxesModel.query(
            RUN,
            Map.of(
                "errorCode",
                SortMeta.builder().field("errorCode").order(SortOrder.DESCENDING).build()),
            Map.of(
                "outcome", FilterMeta.builder().field("outcome").filterValue("FAILED").build(),
                "displayName",
                    FilterMeta.builder().field("displayName").filterValue(null).build()));
    assertEquals(
        new RunMailboxQuery(42, 9, false, Map.of("outcome", "FAILED"), "errorCode", false), q);
  }

  @Test
  void unsortedMeansTheDefaultOrder() {
    RunMailboxQuery q =
        RunMailboxesModel.query(
            RUN,
            Map.of("failed", SortMeta.builder().field("failed").order(SortOrder.UNSORTED).build()),
            Map.of());
    assertEquals(RUN, q);
  }

  @Test
  void theRunPageTakesOnlyAWholeNumberAsId() {
    assertEquals(17, NamedRun.parse(" 17 "));
    assertEquals(-1, NamedRun.parse("abc"));
    assertEquals(-1, NamedRun.parse("-3"));
    assertEquals(-1, NamedRun.parse(null));
    assertEquals(-1, NamedRun.parse("9".repeat(19)));
  }
}
