package org.cync.directory;

/**
 * A deterministic stand-in directory for the Foundation skeleton of the job: user {@code n} is
 * always the same, with non-ASCII names and some disabled accounts, so restarts can be checked
 * exactly. Replaced by the Graph delta reader.
 */
public final class SampleDirectory {
  private static final String[] GIVEN = {
    "Zoë", "Jürgen", "Ana", "Łukasz", "Siobhán", "Mikkel", "Renée", "Øyvind"
  };
  private static final String[] SURNAME = {
    "Müller", "O'Brien", "Núñez", "Kowalski", "Ærø", "Smith", "Dvořák"
  };

  private SampleDirectory() {}

  public static DirectoryUser user(int n) {
    String given = GIVEN[n % GIVEN.length];
    String surname = SURNAME[n % SURNAME.length];
    String id = String.format("00000000-0000-4000-8000-%012d", n);
    return new DirectoryUser(
        id, given + " " + surname, "user" + n + "@contoso.example", n % 10 != 0);
  }
}
