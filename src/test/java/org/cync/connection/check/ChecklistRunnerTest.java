package org.cync.connection.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cync.connection.ConnectionSettings;
import org.cync.connection.MutableClock;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.check.CheckLine.Status;
import org.junit.jupiter.api.Test;

class ChecklistRunnerTest {
  private static final Instant START = Instant.parse("2026-11-26T21:00:00Z");
  private static final String THUMB = "0123456789ABCDEF0123456789ABCDEF01234567";
  private static final List<String> NAMES =
      List.of(
          "Configuration",
          "Certificate",
          "Sign-in",
          "Permissions",
          "Directory read",
          "Mailbox read");
  private static final Set<String> ALL_ROLES =
      Set.of("User.Read.All", "Group.Read.All", "Contacts.ReadWrite");

  private final MutableClock clock = new MutableClock(START);
  private final FakeProbe probe = new FakeProbe();
  private final ChecklistRunner runner = new ChecklistRunner(probe, clock);

  /** Answers as told and counts the questions. */
  private final class FakeProbe implements ConnectionProbe {
    CertificateState certificate = new CertificateState(List.of(), "valid until 2027-06-01", false);
    CertificateProblem certificateProblem;
    Set<String> roles = ALL_ROLES;
    Exception signInFails;
    Exception directoryFails;
    int calls;
    String thumbprintAsked;
    String mailboxAsked;

    @Override
    public CertificateState certificate(String thumbprint) throws CertificateProblem {
      calls++;
      thumbprintAsked = thumbprint;
      if (certificateProblem != null) {
        throw certificateProblem;
      }
      return certificate;
    }

    @Override
    public Set<String> signIn(ConnectionSettings s) throws Exception {
      calls++;
      clock.advance(Duration.ofMillis(1500));
      if (signInFails != null) {
        throw signInFails;
      }
      return roles;
    }

    @Override
    public String readDirectory(ConnectionSettings s) throws Exception {
      calls++;
      clock.advance(Duration.ofMillis(250));
      if (directoryFails != null) {
        throw directoryFails;
      }
      return "read user \"Adele Vance\"";
    }

    @Override
    public String readMailbox(ConnectionSettings s, String mailbox) {
      calls++;
      mailboxAsked = mailbox;
      return "read the contact folders of " + mailbox + " (2 below Contacts)";
    }
  }

  private static ConnectionSettings settings() {
    ConnectionSettings s = new ConnectionSettings();
    s.setTenantId("8a3c52f0-1b2e-4d8f-9c61-2f0e5b7d9a41");
    s.setClientId("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    return s;
  }

  private Checklist run() {
    return runner.run(settings(), THUMB, "adele@contoso.com");
  }

  private static List<Status> statuses(Checklist c) {
    return c.lines().stream().map(CheckLine::status).toList();
  }

  private static CheckLine line(Checklist c, String name) {
    return c.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void allPassedInOrder() {
    Checklist c = run();
    assertEquals(NAMES, c.lines().stream().map(CheckLine::name).toList());
    assertEquals(List.of(Status.PASSED), statuses(c).stream().distinct().toList());
    assertTrue(c.ok());
    assertEquals(THUMB, c.thumbprint());
    assertEquals("adele@contoso.com", probe.mailboxAsked);
    assertEquals(
        "granted: Contacts.ReadWrite, Group.Read.All, User.Read.All",
        line(c, "Permissions").detail());
    assertEquals(
        "read the contact folders of adele@contoso.com (2 below Contacts)",
        line(c, "Mailbox read").detail());
  }

  @Test
  void startAndDurationComeFromTheClock() {
    Checklist c = run();
    assertEquals(START, c.at());
    assertEquals(1750, c.millis());
  }

  @Test
  void theThumbprintIsNormalizedBeforeTheStoreIsAsked() {
    Checklist c = runner.run(settings(), THUMB.toLowerCase().replaceAll("(..)", "$1:"), null);
    assertEquals(THUMB, probe.thumbprintAsked);
    assertEquals(THUMB, c.thumbprint());
  }

  @Test
  void aConfigurationFailureSkipsEverythingAndAsksNothing() {
    ConnectionSettings s = settings();
    s.setTenantId("contoso.onmicrosoft.com");
    Checklist c = runner.run(s, THUMB, "adele@contoso.com");
    assertEquals(NAMES, c.lines().stream().map(CheckLine::name).toList());
    assertEquals(
        List.of(
            Status.FAILED,
            Status.SKIPPED,
            Status.SKIPPED,
            Status.SKIPPED,
            Status.SKIPPED,
            Status.SKIPPED),
        statuses(c));
    assertTrue(line(c, "Configuration").detail().contains("not the domain name"));
    assertEquals(0, probe.calls);
    assertFalse(c.ok());
  }

  @Test
  void aMissingThumbprintIsAConfigurationFailure() {
    Checklist c = runner.run(settings(), null, null);
    assertEquals(Status.FAILED, line(c, "Configuration").status());
    assertTrue(line(c, "Configuration").detail().startsWith("Certificate thumbprint is missing"));
    assertEquals(0, probe.calls);
  }

  @Test
  void theSettingsGivenAreNotChanged() {
    ConnectionSettings s = settings();
    s.setTenantId(s.getTenantId().toUpperCase());
    s.setThumbprint("AA");
    runner.run(s, THUMB, null);
    assertEquals("8A3C52F0-1B2E-4D8F-9C61-2F0E5B7D9A41", s.getTenantId());
    assertEquals("AA", s.getThumbprint());
  }

  @Test
  void certificateProblemsFailTheCertificateLine() {
    probe.certificate =
        new ConnectionProbe.CertificateState(
            List.of("It expired on 2026-01-01.", "It has no private key."), "expired", false);
    Checklist c = run();
    CheckLine cert = line(c, "Certificate");
    assertEquals(Status.FAILED, cert.status());
    assertEquals(
        "Certificate " + THUMB + ": It expired on 2026-01-01. It has no private key.",
        cert.detail());
    assertEquals(
        List.of(Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED),
        statuses(c).subList(2, 6));
    assertEquals(1, probe.calls);
  }

  @Test
  void aCertificateNotInTheStoreFailsWithTheStoresWords() {
    probe.certificateProblem = new CertificateProblem("Certificate not found in the key store.");
    Checklist c = run();
    assertEquals(
        CheckLine.failed("Certificate", "Certificate not found in the key store."),
        line(c, "Certificate"));
    assertFalse(c.ok());
  }

  @Test
  void expiringSoonIsAWarningAndStillOk() {
    probe.certificate = new ConnectionProbe.CertificateState(List.of(), "expires in 12 days", true);
    Checklist c = run();
    assertEquals(Status.WARNING, line(c, "Certificate").status());
    assertTrue(line(c, "Certificate").detail().endsWith("expires in 12 days"));
    assertEquals(Status.PASSED, line(c, "Mailbox read").status());
    assertTrue(c.ok());
  }

  @Test
  void anUnknownClientIdIsExplained() {
    probe.signInFails =
        new RuntimeException(
            "AADSTS700016: Application with identifier '0f1e2d3c' was not found in the directory");
    Checklist c = run();
    CheckLine signIn = line(c, "Sign-in");
    assertEquals(Status.FAILED, signIn.status());
    assertTrue(signIn.detail().contains("Application (client) ID not found"), signIn.detail());
    assertEquals(
        List.of(Status.SKIPPED, Status.SKIPPED, Status.SKIPPED), statuses(c).subList(3, 6));
    assertEquals(2, probe.calls);
  }

  @Test
  void missingRolesAreNamedInSortedOrderAndTheDirectoryIsNotRead() {
    probe.roles = Set.of("Group.Read.All", "Mail.Send");
    Checklist c = run();
    CheckLine permissions = line(c, "Permissions");
    assertEquals(Status.PASSED, line(c, "Sign-in").status());
    assertEquals(Status.FAILED, permissions.status());
    assertTrue(
        permissions
            .detail()
            .startsWith(
                "Insufficient privileges: grant admin consent for Contacts.ReadWrite,"
                    + " User.Read.All ("),
        permissions.detail());
    assertFalse(permissions.detail().contains("Group.Read.All"), permissions.detail());
    assertTrue(
        permissions.detail().contains("Contacts.ReadWrite is needed to write contacts"),
        permissions.detail());
    assertEquals(Status.SKIPPED, line(c, "Directory read").status());
    assertEquals(Status.SKIPPED, line(c, "Mailbox read").status());
    assertEquals(2, probe.calls, "certificate and sign-in only");
  }

  @Test
  void aDeniedDirectoryReadSaysInsufficientPrivileges() {
    probe.directoryFails =
        new GraphCallFailed(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.");
    Checklist c = run();
    CheckLine directory = line(c, "Directory read");
    assertEquals(Status.FAILED, directory.status());
    assertTrue(directory.detail().startsWith("Insufficient privileges"), directory.detail());
    assertTrue(
        directory.detail().contains("(Graph answered 403 Authorization_RequestDenied:"),
        directory.detail());
    assertEquals(Status.PASSED, line(c, "Mailbox read").status(), "mailbox still tried");
    assertFalse(c.ok());
  }

  @Test
  void aNetworkFailureOnTheDirectoryIsExplained() {
    probe.directoryFails =
        new RuntimeException(new java.net.ConnectException("Connection refused"));
    assertTrue(line(run(), "Directory read").detail().startsWith("Cannot reach Microsoft"));
  }

  @Test
  void withoutMailboxTheMailboxLineIsSkipped() {
    Checklist c = runner.run(settings(), THUMB, null);
    assertEquals(Status.SKIPPED, line(c, "Mailbox read").status());
    assertTrue(line(c, "Mailbox read").detail().startsWith("no mailbox to test"));
    assertEquals(3, probe.calls);
    assertTrue(c.ok());
    assertEquals(
        Status.SKIPPED, line(runner.run(settings(), THUMB, "  "), "Mailbox read").status());
  }

  @Test
  void theMailboxIsTrimmed() {
    runner.run(settings(), THUMB, "  adele@contoso.com ");
    assertEquals("adele@contoso.com", probe.mailboxAsked);
  }
}
