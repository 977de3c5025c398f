package org.cync.roles;

/** The group names a signed-in account carries; web.xml's auth-constraints use the same names. */
public final class Roles {
  /** Sees and changes everything. */
  public static final String ADMINISTRATOR = "administrator";

  /** Sees everything, changes nothing (except their own password and API tokens). */
  public static final String VIEWER = "viewer";

  private Roles() {}
}
