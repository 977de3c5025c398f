package org.cync.accounts;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.cync.roles.Roles;

/**
 * {@code /api/accounts}: accounts (Administrators change them; everyone reads the list and changes
 * their own password) and their API tokens (an account manages its own; an Administrator may list
 * and revoke anyone's). Errors are JSON: 400 naming the field, 403 for a role's refusal, 404 for an
 * unknown account or token.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
  @Inject Accounts accounts;
  @Inject ApiTokens tokens;
  @Inject SignInThrottle throttle;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  public Response list() {
    return answer(() -> accounts.list().stream().map(this::json).toList());
  }

  @POST
  public Response create(Map<String, Object> body) {
    return answer(
        () -> {
          administrator("add accounts");
          Map<String, Object> b = AccountRequest.of(body, AccountRequest.CREATE);
          Role role = AccountRequest.role(b);
          if (role == null) {
            throw AccountProblem.badRequest("'role' is required: ADMINISTRATOR or VIEWER.");
          }
          Account a =
              accounts.create(
                  AccountRequest.required(b, "name"), role, AccountRequest.required(b, "password"));
          return Response.status(201).entity(json(a)).build();
        });
  }

  @PUT
  @Path("{name}")
  public Response change(@PathParam("name") String name, Map<String, Object> body) {
    return answer(
        () -> {
          Map<String, Object> b = AccountRequest.of(body, AccountRequest.CHANGE);
          if (b.containsKey("currentPassword")) {
            if (!own(name) || !AccountRequest.CHANGE_OWN.containsAll(b.keySet())) {
              throw AccountProblem.forbidden(
                  "'currentPassword' is only for changing your own password: send {password,"
                      + " currentPassword} to your own account.");
            }
            accounts.changeOwnPassword(
                name,
                AccountRequest.required(b, "currentPassword"),
                AccountRequest.required(b, "password"),
                request.getRemoteAddr());
            return json(accounts.existing(name));
          }
          administrator(
              "change accounts; to change your own password send {password, currentPassword}");
          AccountChange change =
              new AccountChange(
                  AccountRequest.role(b),
                  AccountRequest.flag(b, "disabled"),
                  AccountRequest.text(b, "password"),
                  Boolean.TRUE.equals(AccountRequest.flag(b, "unlock")));
          if (b.isEmpty()) {
            throw AccountProblem.badRequest(
                "Send at least one of role, disabled, password, unlock.");
          }
          return json(accounts.update(name, change));
        });
  }

  @GET
  @Path("{name}/tokens")
  public Response tokens(@PathParam("name") String name) {
    return answer(
        () -> {
          ownOrAdministrator(name, "list another account's tokens");
          return tokens.of(name).stream().map(AccountResource::json).toList();
        });
  }

  @POST
  @Path("{name}/tokens")
  public Response createToken(@PathParam("name") String name, Map<String, Object> body) {
    return answer(
        () -> {
          if (!own(name)) {
            accounts.existing(name);
            throw AccountProblem.forbidden("An account creates its own tokens only.");
          }
          Map<String, Object> b = AccountRequest.of(body, AccountRequest.TOKEN);
          ApiTokens.NewToken t =
              tokens.create(
                  name, AccountRequest.required(b, "name"), AccountRequest.text(b, "expires"));
          Map<String, Object> m = json(t.token());
          m.put("secret", t.secret());
          return Response.status(201).entity(m).build();
        });
  }

  @DELETE
  @Path("{name}/tokens/{id}")
  public Response revoke(@PathParam("name") String name, @PathParam("id") long id) {
    return answer(
        () -> {
          ownOrAdministrator(name, "revoke another account's tokens");
          tokens.revoke(name, id);
          return Response.noContent().build();
        });
  }

  private boolean own(String name) {
    return security.getUserPrincipal() != null
        && AccountRules.key(security.getUserPrincipal().getName()).equals(AccountRules.key(name));
  }

  private void administrator(String what) {
    if (!security.isUserInRole(Roles.ADMINISTRATOR)) {
      throw AccountProblem.forbidden("Only an Administrator can " + what + ".");
    }
  }

  private void ownOrAdministrator(String name, String what) {
    if (!own(name)) {
      administrator(what);
    }
  }

  private Map<String, Object> json(Account a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.getName());
    m.put("role", a.getRole().name());
    m.put("disabled", a.isDisabled());
    m.put("mustChangePassword", a.isMustChangePassword());
    m.put("created", a.getCreated().toString());
    m.put("lastSignIn", a.getLastSignIn() == null ? null : a.getLastSignIn().toString());
    java.time.Instant locked = AccountStates.lockedUntil(a, throttle);
    m.put("lockedUntil", locked == null ? null : locked.toString());
    return m;
  }

  static Map<String, Object> json(ApiToken t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.getId());
    m.put("name", t.getName());
    m.put("account", t.getAccountKey());
    m.put("created", t.getCreated().toString());
    m.put("expires", t.getExpires().toString());
    m.put("lastUsed", t.getLastUsed() == null ? null : t.getLastUsed().toString());
    m.put("revoked", t.isRevoked());
    return m;
  }

  private static Response answer(Supplier<Object> action) {
    try {
      Object result = action.get();
      return result instanceof Response r ? r : Response.ok(result).build();
    } catch (AccountProblem e) {
      Response.ResponseBuilder r =
          Response.status(e.status()).entity(Map.of("error", e.getMessage()));
      return (e.status() == 429 ? r.header("Retry-After", "60") : r).build();
    }
  }
}
