package org.cync.directory;

import java.util.List;

/**
 * A deterministic stand-in directory for trying the job without a tenant: user {@code n} is always
 * the same, with non-ASCII names and some disabled accounts (every tenth), so restarts can be
 * checked exactly. With a connection the Graph delta reader is used instead.
 */
public final class SampleDirectory {
  private static final String[] GIVEN = {
    "Zoë", "Jürgen", "Ana", "Łukasz", "Siobhán", "Mikkel", "Renée", "Øyvind"
  };
  private static final String[] SURNAME = {
    "Müller", "O'Brien", "Núñez", "Kowalski", "Ærø", "Smith", "Dvořák"
  };

  private SampleDirectory() {}

  public static SourceUser user(int n) {
    String given = GIVEN[n % GIVEN.length];
    String surname = SURNAME[n % SURNAME.length];
    String id = String.format("00000000-0000-4000-8000-%012d", n);
    String mail = "user" + n + "@contoso.example";
    return new SourceUser(
        id,
        given + " " + surname,
        given,
        surname,
        mail,
        mail,
        List.of("SMTP:" + mail),
        List.of(),
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
        n % 10 != 0,
        "Member",
        null);
  }
}
