package org.cync.trial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cync.audit.AuditTrail;
import org.cync.connection.check.ChecklistRunner;
import org.cync.roles.AdministratorOnly;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.token.AppRegistration;

/**
 * What the App registration page shows and does: the apps registered in the simulated tenant, the
 * certificates uploaded to each, and each application permission granted (admin consent) or
 * revoked, as the Entra portal's "API permissions" blade does.
 */
@ApplicationScoped
public class TryoutApps {
  /** The permissions offered: CYNC's three, and two it does not need (to show a refusal). */
  static final Set<String> OFFERED =
      new TreeSet<>(
          Set.of(
              "User.Read.All",
              "Group.Read.All",
              "Contacts.ReadWrite",
              "GroupMember.Read.All",
              "MailboxSettings.Read"));

  @Inject SimulatedTenant tenant;
  @Inject AuditTrail audit;

  public record Certificate(String thumbprint, String subject, String notBefore, String notAfter) {}

  public record Permission(String name, boolean granted, String why) {}

  public record App(
      String clientId, String name, List<Certificate> certificates, List<Permission> permissions) {}

  public boolean on() {
    return tenant.isRunning();
  }

  public List<App> apps() {
    return tenant.sandbox().map(TryoutApps::apps).orElse(List.of());
  }

  private static List<App> apps(GraphSandbox s) {
    List<App> out = new ArrayList<>();
    for (AppRegistration a : s.apps().all()) {
      List<Certificate> certs = new ArrayList<>();
      for (X509Certificate c : a.certificates()) {
        certs.add(
            new Certificate(
                thumbprint(a, c),
                c.getSubjectX500Principal().getName(),
                c.getNotBefore().toInstant().toString(),
                c.getNotAfter().toInstant().toString()));
      }
      Set<String> names = new TreeSet<>(OFFERED);
      names.addAll(a.roles());
      List<Permission> perms = new ArrayList<>();
      for (String n : names) {
        perms.add(
            new Permission(
                n,
                a.roles().contains(n),
                ChecklistRunner.REQUIRED_ROLES.getOrDefault(n, "not needed by CYNC")));
      }
      out.add(new App(a.clientId(), a.displayName(), certs, perms));
    }
    return out;
  }

  /** The thumbprint the registration keeps for a certificate (the same order as certificates()). */
  private static String thumbprint(AppRegistration a, X509Certificate c) {
    for (String t : a.thumbprints()) {
      try {
        byte[] d = java.security.MessageDigest.getInstance("SHA-1").digest(c.getEncoded());
        if (java.util.HexFormat.of().withUpperCase().formatHex(d).equals(t)) {
          return t;
        }
      } catch (java.security.GeneralSecurityException e) {
        return "?";
      }
    }
    return "?";
  }

  /** Grants or revokes one offered permission of one app. */
  @AdministratorOnly
  public void permission(String clientId, String name, boolean grant) {
    GraphSandbox s =
        tenant
            .sandbox()
            .orElseThrow(() -> new IllegalStateException("The simulated tenant is off."));
    AppRegistration a = s.apps().find(clientId);
    if (a == null || name == null || !(OFFERED.contains(name) || a.roles().contains(name))) {
      throw new IllegalArgumentException("Permission: choose one of the permissions listed.");
    }
    if (grant) {
      a.grant(name);
    } else {
      a.revoke(name);
    }
    audit.record(
        "Simulated tenant: permission " + (grant ? "granted" : "revoked"),
        name + " for app " + clientId);
  }

  /** Uploads CYNC's pending (or current) certificate to the simulated app. */
  @AdministratorOnly
  public String uploadCertificate() {
    return tenant.uploadCertificate();
  }
}
