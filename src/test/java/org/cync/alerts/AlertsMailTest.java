package org.cync.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cync.history.SyncRuns;
import org.cync.sync.RunEnded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts against a real SMTP server the test starts (GreenMail), through Jakarta Mail: the test
 * mail, a refused sign-in, a failed and a held run, and a certificate alert that goes once a day.
 */
class AlertsMailTest {
  static final String USER = "cync@example.com";
  static final String PASSWORD = "alerts-Pässword";

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP)
          .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD));

  @TempDir Path data;
  Alerts alerts;
  MemoryStore store;
  MutableClock clock;

  @BeforeEach
  void setUp() {
    store = new MemoryStore();
    clock = new MutableClock(Instant.parse("2026-12-06T08:00:00Z"));
    alerts = new Alerts();
    alerts.store = store;
    alerts.clock = clock;
    alerts.password = new SmtpPassword(data);
    alerts.password.write(PASSWORD);
    alerts.runs =
        new SyncRuns() {
          @Override
          public int runNumber(long executionId) {
            return (int) executionId + 100;
          }
        };
    store.settings = settings(USER);
  }

  static AlertSettings settings(String user) {
    Map<String, String> in = new HashMap<>();
    in.put("host", "127.0.0.1");
    in.put("port", Integer.toString(ServerSetupTest.SMTP.getPort()));
    in.put("security", "none");
    in.put("username", user);
    in.put("sender", "cync@example.com");
    in.put("recipients", "ops@example.com, lead@example.com");
    in.put("consoleUrl", "https://cync.example.com");
    AlertRules.Checked c = AlertRules.check(in);
    assertTrue(c.problems().isEmpty(), c.problems().toString());
    return c.settings();
  }

  @Test
  void theTestMailArrivesWithSenderRecipientsAndSubject() throws Exception {
    assertEquals(Optional.empty(), alerts.sendTest("admin"));
    MimeMessage[] got = SMTP.getReceivedMessages();
    assertEquals(2, got.length, "one copy per recipient");
    assertEquals("[CYNC] Test mail", got[0].getSubject());
    assertEquals("cync@example.com", got[0].getFrom()[0].toString());
    assertEquals(
        List.of("ops@example.com", "lead@example.com"),
        java.util.Arrays.stream(got[0].getRecipients(Message.RecipientType.TO))
            .map(Object::toString)
            .toList());
  }

  @Test
  void aRefusedSignInIsTranslated() throws Exception {
    alerts.password.write("wrong-password");
    String why = alerts.sendTest("admin").orElseThrow();
    assertTrue(why.contains("refused the sign-in of user 'cync@example.com'"), why);
    assertTrue(why.contains("check the user and password"), why);
    assertFalse(why.contains("wrong-password"), "never the password: " + why);
    assertEquals(0, SMTP.getReceivedMessages().length);
  }

  @Test
  void nothingListensIsTranslated() {
    Map<String, String> in = new HashMap<>();
    in.put("host", "127.0.0.1");
    in.put("port", Integer.toString(org.cync.testing.CyncServer.freePort()));
    in.put("security", "NONE");
    in.put("sender", "cync@example.com");
    in.put("recipients", "ops@example.com");
    store.settings = AlertRules.check(in).settings();
    String why = alerts.sendTest("admin").orElseThrow();
    assertTrue(why.contains("connection refused"), why);
  }

  @Test
  void aFailedRunAndAHeldRunEachSendOneMail() throws Exception {
    alerts.runEnded(run(7, "FAILED", "FAILED", 0));
    alerts.runEnded(run(8, "STOPPED", "AWAITING_APPROVAL", 250));
    alerts.runEnded(run(8, "STOPPED", "AWAITING_APPROVAL", 250)); // the same event again
    alerts.runEnded(run(9, "COMPLETED", "COMPLETED", 0));
    MimeMessage[] got = SMTP.getReceivedMessages();
    assertEquals(4, got.length, "two mails to two recipients");
    List<String> subjects = new ArrayList<>();
    MimeMessage heldMail = null;
    for (MimeMessage m : got) {
      if (!subjects.contains(m.getSubject())) {
        subjects.add(m.getSubject());
      }
      if (m.getSubject().contains("approval")) {
        heldMail = m;
      }
    }
    assertEquals(
        List.of("[CYNC] Run 107 failed", "[CYNC] Run 108 waits for approval: 250 deletions"),
        subjects.stream().sorted().toList());
    String body = (String) heldMail.getContent();
    assertTrue(body.contains("Planned: 3 creates, 4 updates, 250 deletes in 6 mailboxes"), body);
    assertTrue(body.contains("https://cync.example.com/api/runs/8"), body);
  }

  @Test
  void aMailboxFailingThreeRunsInARowIsReportedOnce() throws Exception {
    store.outcomes.put("m1", List.of("FAILED", "FAILED", "FAILED"));
    store.outcomes.put("m2", List.of("FAILED", "OK", "FAILED"));
    RunEnded run =
        new RunEnded(
            11,
            "schedule",
            "COMPLETED",
            "COMPLETED_WITH_FAILURES",
            clock.instant(),
            clock.instant(),
            0,
            0,
            0,
            0,
            0,
            0,
            2,
            List.of(
                new RunEnded.FailedMailbox("m1", "Adele", "CREATE x: ErrorQuotaExceeded full"),
                new RunEnded.FailedMailbox("m2", "Bjorn", "…")));
    alerts.runEnded(run);
    alerts.runEnded(run);
    MimeMessage[] got = SMTP.getReceivedMessages();
    assertEquals(2, got.length, "one mail to two recipients");
    assertEquals("[CYNC] Mailbox Adele failed 3 runs in a row", got[0].getSubject());
  }

  @Test
  void aCertificateAlertGoesOnceADay() throws Exception {
    AlertMail mail = AlertMails.certificateExpiring(12, Instant.parse("2026-12-18T08:00:00Z"));
    assertTrue(alerts.sendOnce(mail));
    clock.now = clock.now.plusSeconds(3600);
    assertFalse(alerts.sendOnce(mail), "not twice in a day");
    clock.now = clock.now.plusSeconds(23 * 3600);
    assertTrue(alerts.sendOnce(mail), "again the next day");
    MimeMessage[] got = SMTP.getReceivedMessages();
    assertEquals(4, got.length, "two days, two recipients");
    assertEquals("[CYNC] The certificate expires in 12 days (2026-12-18)", got[0].getSubject());
  }

  @Test
  void aFailedConnectionCheckMailsTheFailingCheckOnceADayAndIsAuditedAsTheScheduler()
      throws Exception {
    List<String> audited = new ArrayList<>();
    ConnectionWatch watch = new ConnectionWatch();
    watch.alerts = alerts;
    watch.store = store;
    watch.clock = clock;
    watch.audit =
        new org.cync.audit.AuditTrail() {
          @Override
          public void recordAs(String actor, String action, String detail) {
            audited.add(actor + " | " + action + " | " + detail);
          }
        };
    List<org.cync.connection.check.CheckLine> lines =
        List.of(
            org.cync.connection.check.CheckLine.passed("Configuration", "tenant t"),
            org.cync.connection.check.CheckLine.failed(
                "Sign-in",
                "AADSTS7000222: the client secret expired: upload a new certificate to the App"
                    + " Registration."),
            org.cync.connection.check.CheckLine.skipped("Permissions", "not run"));
    watch.connection =
        new org.cync.connection.Connection() {
          @Override
          public org.cync.connection.check.Checklist check() {
            return new org.cync.connection.check.Checklist(clock.instant(), 40, "AB12", lines);
          }
        };
    assertFalse(watch.check().ok());
    clock.now = clock.now.plusSeconds(3600);
    watch.check();
    assertEquals(
        List.of(
            "scheduler | Connection check | Scheduled connection check failed at Sign-in:"
                + " AADSTS7000222: the client secret expired: upload a new certificate to the App"
                + " Registration.",
            "scheduler | Connection check | Scheduled connection check failed at Sign-in:"
                + " AADSTS7000222: the client secret expired: upload a new certificate to the App"
                + " Registration."),
        audited);
    MimeMessage[] got = SMTP.getReceivedMessages();
    assertEquals(2, got.length, "one mail (to two recipients), not one per check");
    assertEquals("[CYNC] The connection check failed: Sign-in", got[0].getSubject());
    String body = ((String) got[0].getContent()).replace("\r\n", "\n");
    assertTrue(body.contains("failed at \"Sign-in\":\nAADSTS7000222"), body);
    assertTrue(body.contains("upload a new certificate"), body);
    assertTrue(body.contains("PASSED  Configuration: tenant t"), body);
    assertTrue(body.contains("Console: https://cync.example.com"), body);
    assertEquals(watch.last().orElseThrow().at(), clock.instant(), "the dashboard sees the last");

    clock.now = clock.now.plusSeconds(23 * 3600);
    watch.check();
    assertEquals(4, SMTP.getReceivedMessages().length, "again the next day while it lasts");
  }

  @Test
  void theConnectionCheckIsDueOnceADayWhenOnAndConnected() {
    Instant now = clock.instant();
    var passed =
        new org.cync.connection.check.Checklist(now.minusSeconds(22 * 3600), 1, "AB", List.of());
    assertTrue(ConnectionWatch.due(true, true, null, now), "first tick after the start");
    assertFalse(ConnectionWatch.due(true, true, passed, now), "22 hours ago");
    assertTrue(ConnectionWatch.due(true, true, passed, now.plusSeconds(3600)), "a tick later");
    assertFalse(ConnectionWatch.due(false, true, null, now), "switched off");
    assertFalse(ConnectionWatch.due(true, false, null, now), "no tenant: nothing to check");
  }

  @Test
  void thePasswordFileIsOwnerOnly() throws Exception {
    Path file = data.resolve(SmtpPassword.FILE);
    assertEquals(PASSWORD, Files.readString(file));
    if (!System.getProperty("os.name").startsWith("Windows")) {
      assertEquals(
          "rw-------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(file)));
    }
  }

  private RunEnded run(long id, String status, String exit, long plannedDeletes) {
    return new RunEnded(
        id,
        "schedule",
        status,
        exit,
        clock.instant().minusSeconds(30),
        clock.instant(),
        1,
        2,
        0,
        3,
        4,
        plannedDeletes,
        6,
        List.of());
  }

  /** The store in memory: settings, last-sent times, mailbox outcomes. */
  static final class MemoryStore extends AlertStore {
    AlertSettings settings = new AlertSettings();
    final Map<String, Instant> sent = new HashMap<>();
    final Map<String, List<String>> outcomes = new HashMap<>();

    @Override
    public AlertSettings current() {
      return settings;
    }

    @Override
    public boolean claim(String key, Instant now) {
      if (!OncePerDay.due(sent.get(key), now)) {
        return false;
      }
      sent.put(key, now);
      return true;
    }

    @Override
    public List<String> lastOutcomes(String mailboxId, int n) {
      return new ArrayList<>(outcomes.getOrDefault(mailboxId, List.of()));
    }
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
