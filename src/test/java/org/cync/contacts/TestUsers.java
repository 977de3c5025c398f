package org.cync.contacts;

import java.util.List;
import org.cync.directory.SourceUser;

/** Directory users for the mapping tests. */
final class TestUsers {
  static final String ZOE = "6f1c2a4e-0b7d-4c1e-9a55-3d2f8e1b7c90";
  static final String BOSS = "a0000000-0000-0000-0000-00000000b055";

  private TestUsers() {}

  static SourceUser full() {
    return new SourceUser(
        ZOE,
        "Zoë Ångström",
        "Zoë",
        "Ångström",
        "zoe.angstrom@contoso.com",
        "zoe@contoso.onmicrosoft.com",
        List.of("SMTP:zoe.angstrom@contoso.com", "smtp:zoe@contoso.com", "X500:/o=ExchangeLabs"),
        List.of("+49 30 1234", "+49 30 5678"),
        "+49 170 1111",
        "Engineer",
        "R&D",
        "Contoso GmbH",
        "Berlin 3.14",
        "Unter den Linden 1",
        "Berlin",
        "BE",
        "10117",
        "Germany",
        BOSS,
        true,
        "Member",
        null);
  }

  /** Only what Entra always has. */
  static SourceUser bare(String id, String displayName, String upn) {
    return new SourceUser(
        id,
        displayName,
        null,
        null,
        null,
        upn,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        "Member",
        null);
  }
}
