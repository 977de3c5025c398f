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

  @PUT
  public Response save(Map<String, String> body) {
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
    byte[] pfx;
    try {
      pfx = Base64.getMimeDecoder().decode(body.getOrDefault("pfx", ""));
    } catch (IllegalArgumentException e) {
      return problem("pfx must be the PFX file in base64: " + e.getMessage());
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
  public Map<String, Object> test(@QueryParam("mailbox") String mailbox) {
    return ConnectionViews.checklist(connection.test(mailbox));
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
