package org.cync.sandbox.token;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** The OpenID Connect metadata, JWKS and instance-discovery documents, on the sandbox's base. */
final class OpenIdMetadata {
  private OpenIdMetadata() {}

  static JsonObject configuration(String base, TenantInfo t) {
    String root = base + "/" + t.tenantId();
    JsonObject o = new JsonObject();
    o.addProperty("token_endpoint", root + "/oauth2/v2.0/token");
    o.add(
        "token_endpoint_auth_methods_supported",
        array("client_secret_post", "private_key_jwt", "client_secret_basic"));
    o.addProperty("jwks_uri", root + "/discovery/v2.0/keys");
    o.add("response_modes_supported", array("query", "fragment", "form_post"));
    o.add("subject_types_supported", array("pairwise"));
    o.add("id_token_signing_alg_values_supported", array("RS256"));
    o.add("response_types_supported", array("code", "id_token", "code id_token", "id_token token"));
    o.add("scopes_supported", array("openid", "profile", "email", "offline_access"));
    o.addProperty("issuer", base + "/" + t.tenantId() + "/v2.0");
    o.addProperty("request_uri_parameter_supported", false);
    o.addProperty("authorization_endpoint", root + "/oauth2/v2.0/authorize");
    o.addProperty("device_authorization_endpoint", root + "/oauth2/v2.0/devicecode");
    o.addProperty("end_session_endpoint", root + "/oauth2/v2.0/logout");
    o.addProperty("tenant_region_scope", "EU");
    o.addProperty("cloud_instance_name", "microsoftonline.com");
    o.addProperty("cloud_graph_host_name", "graph.windows.net");
    o.addProperty("msgraph_host", "graph.microsoft.com");
    return o;
  }

  static JsonObject keys(TokenService tokens) {
    RSAPublicKey k = tokens.publicKey();
    JsonObject key = new JsonObject();
    key.addProperty("kty", "RSA");
    key.addProperty("use", "sig");
    key.addProperty("kid", tokens.kid());
    key.addProperty("x5t", tokens.kid());
    key.addProperty("n", b64(k.getModulus()));
    key.addProperty("e", b64(k.getPublicExponent()));
    JsonArray keys = new JsonArray();
    keys.add(key);
    JsonObject o = new JsonObject();
    o.add("keys", keys);
    return o;
  }

  static JsonObject instance(String base, TenantInfo t) {
    String host = base.replace("https://", "");
    JsonObject md = new JsonObject();
    md.addProperty("preferred_network", host);
    md.addProperty("preferred_cache", host);
    md.add("aliases", array(host));
    JsonArray mds = new JsonArray();
    mds.add(md);
    JsonObject o = new JsonObject();
    o.addProperty(
        "tenant_discovery_endpoint",
        base + "/" + t.tenantId() + "/v2.0/.well-known/openid-configuration");
    o.addProperty("api-version", "1.1");
    o.add("metadata", mds);
    return o;
  }

  private static String b64(BigInteger i) {
    byte[] b = i.toByteArray();
    int off = b.length > 1 && b[0] == 0 ? 1 : 0;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(java.util.Arrays.copyOfRange(b, off, b.length));
  }

  private static JsonArray array(String... values) {
    JsonArray a = new JsonArray();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }
}
