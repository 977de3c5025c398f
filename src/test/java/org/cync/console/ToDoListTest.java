package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.cync.connection.certificate.Expiry;
import org.cync.connection.check.CheckLine;
import org.cync.connection.check.Checklist;
import org.junit.jupiter.api.Test;

class ToDoListTest {
  private static final Instant T1 = Instant.parse("2026-12-05T09:00:00Z");
  private static final Instant T2 = Instant.parse("2026-12-06T09:23:00Z");

  private static Checklist passed(Instant at) {
    return new Checklist(at, 5, "AA", List.of(CheckLine.passed("Sign-in", "ok")));
  }

  private static Checklist failed(Instant at) {
    return new Checklist(
        at, 5, "AA", List.of(CheckLine.failed("Sign-in", "AADSTS700027: certificate unknown")));
  }

  private static List<String> kinds(ToDoList.Facts f) {
    return ToDoList.of(f).stream().map(ToDoList.ToDo::kind).toList();
  }

  @Test
  void nothingNeedsTheAdministratorOnAQuietDay() {
    Expiry fine = new Expiry(Expiry.State.OK, 300, T2.plusSeconds(300L * 86400));
    assertEquals(
        List.of(),
        ToDoList.of(
            new ToDoList.Facts(null, new ToDoList.LastRun(9, 4, 0), passed(T1), passed(T2), fine)));
    assertEquals(List.of(), ToDoList.of(new ToDoList.Facts(null, null, null, null, null)));
  }

  @Test
  void aHeldRunComesFirstWithItsCountsAndAReviewLink() {
    ToDoList.ToDo held =
        ToDoList.of(
                new ToDoList.Facts(
                    new ToDoList.HeldRun(23, 5, 120, 4),
                    new ToDoList.LastRun(23, 5, 2),
                    failed(T1),
                    null,
                    null))
            .get(0);
    assertEquals("held", held.kind());
    assertEquals(
        "Run 5 waits for your approval: it would delete 120 contacts in 4 mailboxes. Review the"
            + " deletions, then approve or reject the run.",
        held.text());
    assertEquals("/review.xhtml?id=23", held.link());
    assertEquals("Review", held.linkLabel());
  }

  @Test
  void theItemsComeInOrderOfUrgency() {
    Expiry soon = new Expiry(Expiry.State.WARNING, 12, T2.plusSeconds(12L * 86400));
    assertEquals(
        List.of("held", "failing", "connection", "certificate"),
        kinds(
            new ToDoList.Facts(
                new ToDoList.HeldRun(23, 5, 1, 1),
                new ToDoList.LastRun(21, 4, 3),
                failed(T1),
                null,
                soon)));
  }

  @Test
  void failingMailboxesLinkToTheirRun() {
    ToDoList.ToDo failing =
        ToDoList.of(new ToDoList.Facts(null, new ToDoList.LastRun(21, 4, 1), null, null, null))
            .get(0);
    assertEquals(
        "1 mailbox failed in run 4. See which and why; they are tried again in the next run.",
        failing.text());
    assertEquals("/run.xhtml?id=21", failing.link());
  }

  @Test
  void theNewerConnectionCheckDecides() {
    assertEquals(List.of(), kinds(new ToDoList.Facts(null, null, failed(T1), passed(T2), null)));
    assertEquals(List.of(), kinds(new ToDoList.Facts(null, null, passed(T2), failed(T1), null)));
    ToDoList.ToDo daily =
        ToDoList.of(new ToDoList.Facts(null, null, passed(T1), failed(T2), null)).get(0);
    assertEquals("connection", daily.kind());
    assertEquals(
        "The daily connection check failed on 2026-12-06 09:23 at Sign-in: AADSTS700027:"
            + " certificate unknown. Runs fail until it is fixed: fix it on the Connection page,"
            + " then test again.",
        daily.text());
    ToDoList.ToDo test = ToDoList.of(new ToDoList.Facts(null, null, failed(T2), null, null)).get(0);
    assertTrue(test.text().startsWith("Test Connection failed on "), test.text());
  }

  @Test
  void aCertificateNearItsEndOrPastItIsAnItem() {
    Expiry soon = new Expiry(Expiry.State.WARNING, 30, Instant.parse("2027-01-05T00:00:00Z"));
    ToDoList.ToDo c = ToDoList.of(new ToDoList.Facts(null, null, null, null, soon)).get(0);
    assertEquals("certificate", c.kind());
    assertTrue(c.text().startsWith("The certificate expires in 30 days (2027-01-05"), c.text());
    assertEquals("/connection.xhtml", c.link());
    Expiry gone = new Expiry(Expiry.State.EXPIRED, -2, Instant.parse("2026-12-04T00:00:00Z"));
    assertEquals(List.of("certificate"), kinds(new ToDoList.Facts(null, null, null, null, gone)));
  }
}
