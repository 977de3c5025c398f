package org.cync.accounts;

import java.util.Locale;
import org.cync.roles.Roles;

/** An account's role; {@link #group()} is the security group (web.xml role) it signs in with. */
public enum Role {
  ADMINISTRATOR(Roles.ADMINISTRATOR),
  VIEWER(Roles.VIEWER);

  private final String group;

  Role(String group) {
    this.group = group;
  }

  public String group() {
    return group;
  }

  /** The role named {@code text} (any case), or null when there is none of that name. */
  public static Role parse(String text) {
    if (text == null) {
      return null;
    }
    for (Role r : values()) {
      if (r.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
        return r;
      }
    }
    return null;
  }
}
