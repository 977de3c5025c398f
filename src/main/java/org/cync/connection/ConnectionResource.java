package org.cync.connection;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.NewCertificate;
import org.cync.connection.certificate.PublicCertificate;
import org.cync.connection.certificate.StoredCertificate;
import org.cync.connection.check.Checklist;
import org.cync.limits.TextLimits;

/**
 * {@code /api/connection}: the Connection page for scripts. Settings, certificate (generate,
 * import, download of the public part only), Test Connection and Reconnect.
 */
@Path("connection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectionResource {
  @Inject Connection connection;

  @GET
  public Map<String, Object> get() {
    return ConnectionViews.settings(connection);
  }

  /** The fields {@code PUT} takes; any other is refused by name (most likely a typo). */
  static final java.util.Set<String> FIELDS =
      java.util.Set.of(
          "tenantId", "clientId", "thumbprint", "authorityHost", "graphBaseUrl", "trustedCaFile");

  @PUT
  public Response save(Map<String, String> body) {
    if (body == null) {
      return problem(
          "The body is null: send a JSON object with the fields to change, like {\"tenantId\":"
              + " \"<GUID>\"}.");
    }
    Map<String, String> unknown = new java.util.TreeMap<>();
    body.keySet().stream()
        .filter(k -> !FIELDS.contains(k))
        .limit(20)
        .forEach(
            k ->
                unknown.put(
                    TextLimits.shown(k),
                    "Unknown field '"
                        + TextLimits.shown(k)
                        + "': PUT /api/connection takes "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS))
                        + "."));
    if (!unknown.isEmpty()) {
      return Response.status(400).entity(Map.of("error", "Not saved", "problems", unknown)).build();
    }
    ConnectionSettings input = new ConnectionSettings();
    input.setTenantId(body.get("tenantId"));
    input.setClientId(body.get("clientId"));
    input.setThumbprint(body.get("thumbprint"));
    input.setAuthorityHost(body.get("authorityHost"));
    input.setGraphBaseUrl(body.get("graphBaseUrl"));
    input.setTrustedCaFile(body.get("trustedCaFile"));
    Map<String, String> problems = connection.save(input);
    return problems.isEmpty()
        ? Response.ok(get()).build()
        : Response.status(400).entity(Map.of("error", "Not saved", "problems", problems)).build();
  }

  @POST
  @Path("certificate")
  public Response generate(Map<String, String> body) {
    Map<String, String> b = body == null ? Map.of() : body;
    NewCertificate d = NewCertificate.defaults();
    Optional<String> bad =
        TextLimits.problem("subject", b.get("subject"), TextLimits.NAME)
            .or(
                () ->
                    b.get("keyBits") == null || b.get("keyBits").matches("\\d{4}")
                        ? Optional.empty()
                        : Optional.of(
                            "'keyBits' must be 2048, 3072 or 4096, not '"
                                + TextLimits.shown(b.get("keyBits"))
                                + "'."));
    if (bad.isPresent()) {
      return problem(bad.get());
    }
    return certificateAction(
        () ->
            connection.generate(
                new NewCertificate(
                    Optional.ofNullable(b.get("subject")).orElse(d.subject()),
                    Optional.ofNullable(b.get("keyBits")).map(Integer::valueOf).orElse(d.keyBits()),
                    d.validity())));
  }

  /** Body: {@code {"pfx": "<base64>", "password": "..."}}; the password is never kept. */
  @POST
  @Path("certificate/import")
  public Response importPfx(Map<String, String> body) {
    if (body == null) {
      return problem("The body is null: send {\"pfx\": \"<base64>\", \"password\": \"...\"}.");
    }
    byte[] pfx;
    try {
      pfx = Base64.getMimeDecoder().decode(body.getOrDefault("pfx", ""));
    } catch (IllegalArgumentException e) {
      return problem("'pfx' must be the PFX file in base64 (like MIIK...): it is not.");
    }
    char[] password = body.getOrDefault("password", "").toCharArray();
    return certificateAction(() -> connection.importPfx(pfx, password));
  }

  @GET
  @Path("certificate.cer")
  @Produces("application/pkix-cert")
  public Response cer(@QueryParam("thumbprint") String thumbprint) {
    return download(thumbprint, "cer");
  }

  @GET
  @Path("certificate.pem")
  @Produces("application/x-pem-file")
  public Response pem(@QueryParam("thumbprint") String thumbprint) {
    return download(thumbprint, "pem");
  }

  @POST
  @Path("test")
  public Response test(@QueryParam("mailbox") String mailbox) {
    Optional<String> bad = TextLimits.problem("mailbox", mailbox, TextLimits.NAME);
    if (bad.isPresent()) {
      return problem(bad.get());
    }
    return Response.ok(ConnectionViews.checklist(connection.test(mailbox))).build();
  }

  @GET
  @Path("test")
  public Response lastTest() {
    Optional<Checklist> last = connection.lastTest();
    return last.isPresent()
        ? Response.ok(ConnectionViews.checklist(last.get())).build()
        : Response.status(404).entity(Map.of("error", "Test Connection has not run yet.")).build();
  }

  @POST
  @Path("reconnect")
  public Response reconnect() {
    try {
      connection.reconnect();
      return Response.ok(Map.of("reconnected", true)).build();
    } catch (CertificateProblem | RuntimeException e) {
      return problem(e.getMessage());
    }
  }

  private Response download(String thumbprint, String ext) {
    ConnectionSettings s = connection.current();
    String thumb =
        thumbprint != null
            ? thumbprint
            : s.getPendingThumbprint() != null ? s.getPendingThumbprint() : s.getThumbprint();
    Optional<StoredCertificate> c = connection.certificate(thumb);
    if (c.isEmpty()) {
      return Response.status(404)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", "No certificate " + thumb + " in the key store."))
          .build();
    }
    byte[] body =
        ext.equals("cer")
            ? PublicCertificate.der(c.get().certificate())
            : PublicCertificate.pem(c.get().certificate()).getBytes(StandardCharsets.US_ASCII);
    return Response.ok(body)
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + PublicCertificate.fileName(c.get().certificate(), ext)
                + "\"")
        .build();
  }

  interface CertificateAction {
    String run() throws CertificateProblem;
  }

  private Response certificateAction(CertificateAction action) {
    try {
      String thumb = action.run();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("thumbprint", thumb);
      out.put("pending", thumb.equals(connection.current().getPendingThumbprint()));
      return Response.status(201).entity(out).build();
    } catch (CertificateProblem | IllegalArgumentException e) {
      return problem(e.getMessage());
    }
  }

  private static Response problem(String message) {
    return Response.status(400)
        .entity(Map.of("error", message, "problems", List.of(message)))
        .build();
  }
}
