package org.cync.trial;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The simulated tenant's recipe, so it comes back with the same users and ports after a restart.
 */
@Entity
public class SimulatedTenantRecord {
  static final long SINGLETON_ID = 1;
  @Id private long id = SINGLETON_ID;
  private long seed;
  private int users;
  private int mailboxes;
  private int graphPort;
  private int tokenPort;
  private String clientId;

  /** Thumbprints uploaded to the simulated app registration (comma-separated). */
  private String uploaded;

  /** The connection settings before the simulated tenant replaced them (JSON, no secrets). */
  @jakarta.persistence.Lob private String previousSettings;

  protected SimulatedTenantRecord() {}

  SimulatedTenantRecord(long seed, int users, int mailboxes, String clientId) {
    this.seed = seed;
    this.users = users;
    this.mailboxes = mailboxes;
    this.clientId = clientId;
  }

  long seed() {
    return seed;
  }

  int users() {
    return users;
  }

  int mailboxes() {
    return mailboxes;
  }

  int graphPort() {
    return graphPort;
  }

  int tokenPort() {
    return tokenPort;
  }

  String clientId() {
    return clientId;
  }

  java.util.List<String> uploaded() {
    return uploaded == null || uploaded.isEmpty()
        ? java.util.List.of()
        : java.util.List.of(uploaded.split(","));
  }

  String previousSettings() {
    return previousSettings;
  }

  void previousSettings(String json) {
    previousSettings = json;
  }

  void ports(int graph, int token) {
    graphPort = graph;
    tokenPort = token;
  }

  void uploaded(java.util.Collection<String> thumbprints) {
    uploaded = String.join(",", thumbprints);
  }
}
