package org.cync.accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRulesTest {
  private static Account account(long id, String name, Role role, boolean disabled) {
    Account a = new Account(name, role, "hash", Instant.EPOCH);
    a.setIdForTest(id);
    a.setDisabled(disabled);
    return a;
  }

  @Test
  void namesAreShortAndPlain() {
    assertDoesNotThrow(() -> AccountRules.checkName("jane.doe@example.com"));
    assertDoesNotThrow(() -> AccountRules.checkName("a".repeat(64)));
    for (String bad :
        new String[] {null, "", "a".repeat(65), "jane doe", "jane/doe", "jäne", "a\u0000"}) {
      AccountProblem p = assertThrows(AccountProblem.class, () -> AccountRules.checkName(bad));
      assertEquals(400, p.status());
      assertTrue(p.getMessage().startsWith("'name'"), p.getMessage());
    }
    assertEquals("jane", AccountRules.key("JaNe"));
  }

  @Test
  void passwordsHaveTwelveToTwoHundredFiftySixCharactersAndNotTheName() {
    assertDoesNotThrow(() -> AccountRules.checkPassword("password", "jane", "correct horse"));
    assertDoesNotThrow(() -> AccountRules.checkPassword("password", "jane", "x".repeat(256)));
    assertMessage(
        "at least 12", () -> AccountRules.checkPassword("password", "jane", "short-pass1"));
    assertMessage("at least 12", () -> AccountRules.checkPassword("password", "jane", null));
    assertMessage(
        "at most 256", () -> AccountRules.checkPassword("password", "jane", "x".repeat(257)));
    assertMessage(
        "name", () -> AccountRules.checkPassword("password", "jane", "JANE-is-my-password"));
    assertMessage(
        "name", () -> AccountRules.checkPassword("password", "jane.doe", "Jane.Doe1234567"));
  }

  private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
    AccountProblem p = assertThrows(AccountProblem.class, call);
    assertTrue(p.getMessage().startsWith("'password'"), p.getMessage());
    assertTrue(p.getMessage().contains(part), p.getMessage());
  }

  @Test
  void theLastEnabledAdministratorIsNeitherDemotedNorDisabled() {
    Account admin = account(1, "admin", Role.ADMINISTRATOR, false);
    Account viewer = account(2, "viewer", Role.VIEWER, false);
    Account off = account(3, "off", Role.ADMINISTRATOR, true);
    List<Account> all = List.of(admin, viewer, off);
    AccountProblem demote =
        assertThrows(
            AccountProblem.class,
            () -> AccountRules.keepAnAdministrator(all, admin, Role.VIEWER, false, "role"));
    assertTrue(demote.getMessage().startsWith("'role'"), demote.getMessage());
    AccountProblem disable =
        assertThrows(
            AccountProblem.class,
            () ->
                AccountRules.keepAnAdministrator(all, admin, Role.ADMINISTRATOR, true, "disabled"));
    assertTrue(disable.getMessage().startsWith("'disabled'"), disable.getMessage());
    assertDoesNotThrow(
        () -> AccountRules.keepAnAdministrator(all, viewer, Role.VIEWER, true, "disabled"));

    Account second = account(4, "second", Role.ADMINISTRATOR, false);
    assertDoesNotThrow(
        () ->
            AccountRules.keepAnAdministrator(
                List.of(admin, viewer, second), admin, Role.VIEWER, false, "role"));
  }

  @Test
  void rolesAreReadInAnyCase() {
    assertEquals(Role.VIEWER, Role.parse("viewer"));
    assertEquals(Role.ADMINISTRATOR, Role.parse(" ADMINISTRATOR "));
    assertEquals(null, Role.parse("admin"));
    assertEquals("administrator", Role.ADMINISTRATOR.group());
  }
}
