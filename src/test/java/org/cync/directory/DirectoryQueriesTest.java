package org.cync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pickers' query text: bounding of what is typed, escaping, the Graph query strings. */
class DirectoryQueriesTest {

  @Test
  void aTermIsTrimmedAndItsSpacesCollapsed() {
    assertEquals("CYNC Tar", DirectoryQueries.term("  CYNC \t Tar "));
    assertEquals("O'Brien", DirectoryQueries.term("O'Brien"));
    assertEquals("Zoë Müller", DirectoryQueries.term("Zoë Müller"));
    assertEquals("anna.berg@contoso.com", DirectoryQueries.term("anna.berg@contoso.com"));
  }

  @Test
  void aTermOutsideTheBoundsIsRefusedWithTheFix() {
    for (String bad :
        new String[] {null, "", " a ", "x".repeat(65), "a\"b", "a\\b", "ab\u0000", "a;b", "a*"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> DirectoryQueries.term(bad), bad);
      assertTrue(e.getMessage().startsWith("search: type 2 to 64 characters"), e.getMessage());
    }
    assertEquals(64, DirectoryQueries.term("x".repeat(64)).length());
  }

  @Test
  void searchNamesEachPropertyInItsOwnQuotes() {
    assertEquals(
        "\"displayName:CYNC Tar\" OR \"mail:CYNC Tar\"",
        DirectoryQueries.search("CYNC Tar", "displayName", "mail"));
    assertEquals(
        "\"displayName:O'Brien\" OR \"mail:O'Brien\" OR \"userPrincipalName:O'Brien\"",
        DirectoryQueries.search(
            DirectoryQueries.term("O'Brien"), "displayName", "mail", "userPrincipalName"));
  }

  @Test
  void odataLiteralsDoubleTheirQuotesSoTheyCannotBeEnded() {
    assertEquals("'O''Brien'", DirectoryQueries.literal("O'Brien"));
    assertEquals("''' or 1 eq 1 or id eq '''", DirectoryQueries.literal("' or 1 eq 1 or id eq '"));
    assertEquals("''", DirectoryQueries.literal(""));
  }

  @Test
  void savedIdsAreAskedForInChunksOf15WithoutUpnsOrDuplicates() {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      values.add(String.format("00000000-0000-4000-8000-%012d", i));
    }
    values.add("00000000-0000-4000-8000-000000000001".toUpperCase());
    values.add("anna@contoso.com");
    values.add(" ");
    List<List<String>> chunks = DirectoryQueries.chunks(values);
    assertEquals(List.of(15, 15, 2), chunks.stream().map(List::size).toList());
    assertEquals(
        "id in ('00000000-0000-4000-8000-000000000030','00000000-0000-4000-8000-000000000031')",
        DirectoryQueries.idsIn(chunks.get(2)));
    assertEquals(List.of(), DirectoryQueries.chunks(List.of("anna@contoso.com")));
  }

  @Test
  void hitsAreLabelledByNameAndMail() {
    assertEquals(
        "CYNC Targets <cync-targets@x.test>",
        new DirectoryHit("1", "CYNC Targets", "cync-targets@x.test").label());
    assertEquals("Sales", new DirectoryHit("1", "Sales", null).label());
    assertEquals("1", new DirectoryHit("1", " ", "").label());
    assertTrue(DirectoryQueries.isGuid("3F2B8C1E-4D5A-4B6C-8D7E-9F0A1B2C3D4E"));
    assertFalse(DirectoryQueries.isGuid("Sales"));
  }

  @Test
  void departmentsMatchAnywhereIgnoringCaseAtMost20() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add("Team " + i);
    }
    assertEquals(20, DirectoryValues.matching(many, "").size());
    assertEquals(List.of("Team 3"), DirectoryValues.matching(many, "M 3"));
    assertThrows(
        IllegalArgumentException.class, () -> DirectoryValues.matching(many, "x".repeat(65)));
  }
}
