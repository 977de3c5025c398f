package org.cync.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.cync.sandbox.http.Json;
import org.cync.sandbox.mailbox.MailboxSnapshot;
import org.cync.sandbox.tenant.DirectorySnapshot;
import org.cync.sandbox.token.AppRegistration;
import org.cync.sandbox.token.AppRegistry;

/** The snapshot format of {@link GraphSandbox#snapshot}: one JSON object, versioned. */
final class SandboxState {
  static final int VERSION = 1;

  private SandboxState() {}

  static byte[] save(GraphSandbox s) {
    JsonObject o = new JsonObject();
    o.addProperty("version", VERSION);
    o.add("directory", DirectorySnapshot.save(s.directory()));
    o.add("mailboxes", MailboxSnapshot.save(s.mailboxes()));
    JsonArray apps = new JsonArray();
    for (AppRegistration a : s.apps().all()) {
      JsonObject j = new JsonObject();
      j.addProperty("clientId", a.clientId());
      j.addProperty("displayName", a.displayName());
      JsonArray roles = new JsonArray();
      a.roles().forEach(roles::add);
      j.add("roles", roles);
      JsonArray certs = new JsonArray();
      for (X509Certificate c : a.certificates()) {
        try {
          certs.add(Base64.getEncoder().encodeToString(c.getEncoded()));
        } catch (CertificateEncodingException e) {
          throw new IllegalStateException(e);
        }
      }
      j.add("certificates", certs);
      apps.add(j);
    }
    o.add("apps", apps);
    return Json.bytes(o);
  }

  static JsonObject parse(byte[] saved) {
    JsonObject o = Json.objectOrNull(saved);
    if (o == null || !o.has("version") || o.get("version").getAsInt() != VERSION) {
      throw new IllegalArgumentException("not a simulated tenant snapshot of version " + VERSION);
    }
    return o;
  }

  static void loadApps(AppRegistry registry, JsonArray apps) {
    try {
      for (JsonElement e : apps) {
        JsonObject j = e.getAsJsonObject();
        AppRegistration a = registry.register(Json.str(j, "clientId"), Json.str(j, "displayName"));
        j.getAsJsonArray("roles").forEach(r -> a.grant(r.getAsString()));
        j.getAsJsonArray("certificates")
            .forEach(
                c ->
                    a.addCertificate(
                        AppRegistry.parseCertificate(Base64.getDecoder().decode(c.getAsString()))));
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not saved app registrations: " + e.getMessage(), e);
    }
  }

  static long appsHash(AppRegistry registry) {
    long h = 0;
    for (AppRegistration a : registry.all()) {
      h += a.clientId().hashCode() * 17L + a.roles().hashCode() * 7L + a.thumbprints().hashCode();
    }
    return h;
  }
}
