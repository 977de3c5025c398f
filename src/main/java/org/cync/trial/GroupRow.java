package org.cync.trial;

/** A group of the simulated tenant: name and mail for the page, the ID for the detail. */
public record GroupRow(String id, String name, String mail) {
  public String label() {
    return name + (mail == null ? "" : " · " + mail);
  }
}
