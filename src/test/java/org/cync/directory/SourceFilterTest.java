package org.cync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cync.directory.SourceFilter.Decision;
import org.cync.settings.SourceOptions;
import org.junit.jupiter.api.Test;

class SourceFilterTest {
  private static final String SALES = "11111111-aaaa-4bbb-8ccc-000000000001";
  private static final String ALUMNI = "11111111-aaaa-4bbb-8ccc-000000000002";

  private static SourceUser user(boolean enabled, String type, String mail, String department) {
    return new SourceUser(
        "u-1",
        "Zoë Ångström",
        "Zoë",
        "Ångström",
        mail,
        "Zoe@Contoso.com",
        List.of(),
        List.of(),
        null,
        null,
        department,
        "Contoso GmbH",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        enabled,
        type,
        null);
  }

  private static SourceUser alice() {
    return user(true, "Member", "zoe@contoso.com", "Sales");
  }

  private static SourceOptions options(
      boolean mailbox,
      Set<String> include,
      Set<String> exclude,
      Set<String> departments,
      Set<String> companies,
      Set<String> ids,
      Set<String> upns) {
    return new SourceOptions(
        true, true, true, mailbox, include, exclude, departments, companies, ids, upns);
  }

  private static String reason(SourceUser u, SourceOptions o, Set<String> groups, Boolean mbx) {
    Decision d = SourceFilter.decide(u, o, groups, mbx);
    return d.included() ? "included" : d.reason();
  }

  @Test
  void defaultsIncludeAnEnabledMemberWithMail() {
    assertEquals("included", reason(alice(), SourceOptions.defaults(), null, null));
    assertTrue(SourceFilter.decide(alice(), SourceOptions.defaults(), null, null).included());
  }

  @Test
  void removedUsersAreAlwaysExcluded() {
    SourceOptions everyone =
        new SourceOptions(false, false, false, false, null, null, null, null, null, null);
    assertEquals(
        "removed from the directory",
        reason(SourceUser.removed("u-1", "changed"), everyone, null, null));
    assertEquals(
        "removed from the directory",
        reason(SourceUser.removed("u-1", "deleted"), SourceOptions.defaults(), Set.of(), true));
  }

  @Test
  void disabled() {
    SourceUser off = user(false, "Member", "zoe@contoso.com", "Sales");
    assertEquals("disabled", reason(off, SourceOptions.defaults(), null, null));
    SourceOptions any =
        new SourceOptions(false, true, true, false, null, null, null, null, null, null);
    assertEquals("included", reason(off, any, null, null));
  }

  @Test
  void guest() {
    SourceUser guest = user(true, "Guest", "x@fabrikam.com", null);
    assertEquals("guest", reason(guest, SourceOptions.defaults(), null, null));
    SourceOptions guestsToo =
        new SourceOptions(true, false, true, false, null, null, null, null, null, null);
    assertEquals("included", reason(guest, guestsToo, null, null));
    assertEquals(
        "included",
        reason(user(true, null, "old@contoso.com", null), SourceOptions.defaults(), null, null));
  }

  @Test
  void noMail() {
    assertEquals(
        "no mail", reason(user(true, "Member", " ", null), SourceOptions.defaults(), null, null));
    assertEquals(
        "no mail", reason(user(true, "Member", null, null), SourceOptions.defaults(), null, null));
  }

  @Test
  void noMailbox() {
    SourceOptions o = options(true, null, null, null, null, null, null);
    assertEquals("no mailbox", reason(alice(), o, null, false));
    assertEquals("included", reason(alice(), o, null, true));
    assertThrows(IllegalArgumentException.class, () -> SourceFilter.decide(alice(), o, null, null));
  }

  @Test
  void notInAnIncludedGroup() {
    SourceOptions o = options(false, Set.of(SALES), null, null, null, null, null);
    assertEquals("not in an included group", reason(alice(), o, Set.of(ALUMNI), null));
    assertEquals("not in an included group", reason(alice(), o, Set.of(), null));
    assertEquals("included", reason(alice(), o, Set.of(ALUMNI, SALES.toUpperCase()), null));
    assertThrows(IllegalArgumentException.class, () -> SourceFilter.decide(alice(), o, null, null));
  }

  @Test
  void inExcludedGroupWinsOverIncluded() {
    SourceOptions o = options(false, Set.of(SALES), Set.of(ALUMNI), null, null, null, null);
    assertEquals("in excluded group " + ALUMNI, reason(alice(), o, Set.of(SALES, ALUMNI), null));
  }

  @Test
  void departmentNotSelected() {
    SourceOptions o = options(false, null, null, Set.of(" sales ", "R&D"), null, null, null);
    assertEquals("included", reason(alice(), o, null, null));
    assertEquals(
        "department not selected", reason(user(true, "Member", "a@b", "Marketing"), o, null, null));
    assertEquals(
        "department not selected", reason(user(true, "Member", "a@b", null), o, null, null));
  }

  @Test
  void companyNotSelected() {
    assertEquals(
        "included",
        reason(
            alice(),
            options(false, null, null, null, Set.of("CONTOSO GMBH "), null, null),
            null,
            null));
    assertEquals(
        "company not selected",
        reason(
            alice(), options(false, null, null, null, Set.of("Fabrikam"), null, null), null, null));
  }

  @Test
  void excludedByName() {
    assertEquals(
        "excluded by name",
        reason(
            alice(),
            options(false, null, null, null, null, null, Set.of(" zoe@contoso.COM")),
            null,
            null));
    assertEquals(
        "excluded by name",
        reason(alice(), options(false, null, null, null, null, Set.of("U-1"), null), null, null));
    assertEquals(
        "included",
        reason(
            alice(),
            options(false, null, null, null, null, Set.of("u-2"), Set.of("x@y")),
            null,
            null));
  }

  @Test
  void groupsAreNotNeededWhenNoGroupFilterIsSet() {
    assertEquals(false, SourceOptions.defaults().needsGroups());
    assertEquals(true, options(false, null, Set.of(ALUMNI), null, null, null, null).needsGroups());
  }
}
