package org.cync.connection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * What CYNC needs to sign in to one tenant, kept in Derby. Never a secret: the private key stays in
 * the key store and the key store's password in configuration.
 */
@Entity
public class ConnectionSettings {
  static final long SINGLETON_ID = 1;
  public static final String PUBLIC_AUTHORITY = "https://login.microsoftonline.com";
  public static final String PUBLIC_GRAPH = "https://graph.microsoft.com/v1.0";

  @Id private long id = SINGLETON_ID;
  private String tenantId;
  private String clientId;

  /** The certificate in use. */
  private String thumbprint;

  /** A renewed or imported certificate waiting for its first successful Test Connection. */
  private String pendingThumbprint;

  /**
   * The certificate replaced by a renewal, removed from the key store once {@link #retireAfter} has
   * passed: requests that began with it may still need it for a few minutes.
   */
  private String retiredThumbprint;

  private Instant retireAfter;

  private String authorityHost = PUBLIC_AUTHORITY;
  private String graphBaseUrl = PUBLIC_GRAPH;

  /** A PEM file of an extra CA to trust (a TLS-inspecting proxy, a private cloud endpoint). */
  private String trustedCaFile;

  private Instant updatedAt;

  public ConnectionSettings() {}

  /** A detached copy, so views and checks never write to Derby by accident. */
  public ConnectionSettings copy() {
    ConnectionSettings c = new ConnectionSettings();
    c.tenantId = tenantId;
    c.clientId = clientId;
    c.thumbprint = thumbprint;
    c.pendingThumbprint = pendingThumbprint;
    c.retiredThumbprint = retiredThumbprint;
    c.retireAfter = retireAfter;
    c.authorityHost = authorityHost;
    c.graphBaseUrl = graphBaseUrl;
    c.trustedCaFile = trustedCaFile;
    c.updatedAt = updatedAt;
    return c;
  }

  void copyFrom(ConnectionSettings o) {
    tenantId = o.tenantId;
    clientId = o.clientId;
    thumbprint = o.thumbprint;
    pendingThumbprint = o.pendingThumbprint;
    retiredThumbprint = o.retiredThumbprint;
    retireAfter = o.retireAfter;
    authorityHost = o.authorityHost;
    graphBaseUrl = o.graphBaseUrl;
    trustedCaFile = o.trustedCaFile;
  }

  public boolean isComplete() {
    return notBlank(tenantId) && notBlank(clientId) && notBlank(thumbprint);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getThumbprint() {
    return thumbprint;
  }

  public void setThumbprint(String thumbprint) {
    this.thumbprint = thumbprint;
  }

  public String getPendingThumbprint() {
    return pendingThumbprint;
  }

  public void setPendingThumbprint(String pendingThumbprint) {
    this.pendingThumbprint = pendingThumbprint;
  }

  public String getRetiredThumbprint() {
    return retiredThumbprint;
  }

  public Instant getRetireAfter() {
    return retireAfter;
  }

  public void retire(String thumbprint, Instant after) {
    retiredThumbprint = thumbprint;
    retireAfter = after;
  }

  public String getAuthorityHost() {
    return authorityHost;
  }

  public void setAuthorityHost(String authorityHost) {
    this.authorityHost = authorityHost;
  }

  public String getGraphBaseUrl() {
    return graphBaseUrl;
  }

  public void setGraphBaseUrl(String graphBaseUrl) {
    this.graphBaseUrl = graphBaseUrl;
  }

  public String getTrustedCaFile() {
    return trustedCaFile;
  }

  public void setTrustedCaFile(String trustedCaFile) {
    this.trustedCaFile = trustedCaFile;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** Who changed it is in the audit log. */
  void touched(Instant at) {
    updatedAt = at;
  }
}
