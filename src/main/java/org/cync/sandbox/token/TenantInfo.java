package org.cync.sandbox.token;

/** The sandbox tenant's identity as the token endpoint knows it: its ID and its initial domain. */
public record TenantInfo(String tenantId, String domain) {
  /** True for the tenant ID or the tenant's domain name, as Entra accepts both in URLs. */
  public boolean matches(String segment) {
    return tenantId.equalsIgnoreCase(segment) || domain.equalsIgnoreCase(segment);
  }
}
