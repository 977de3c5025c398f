package org.cync.accounts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for account names and passwords, and the one that keeps an enabled Administrator.
 * Messages name the field and say what to do. Pure.
 */
public final class AccountRules {
  static final int MIN_PASSWORD = 12;
  static final int MAX_PASSWORD = 256;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private AccountRules() {}

  /** The name as it is compared (names are unique whatever their case). */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw AccountProblem.badRequest(
          "'name' must be 1 to 64 letters, digits or . _ @ - (no spaces), not '"
              + shorten(name)
              + "'.");
    }
    return name;
  }

  /** Checks a new password for the account {@code name}; {@code field} is named in the message. */
  public static void checkPassword(String field, String name, String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw AccountProblem.badRequest(
          "'" + field + "' must have at least " + MIN_PASSWORD + " characters.");
    }
    if (password.length() > MAX_PASSWORD) {
      throw AccountProblem.badRequest(
          "'" + field + "' must have at most " + MAX_PASSWORD + " characters.");
    }
    if (name != null && key(password).contains(key(name))) {
      throw AccountProblem.badRequest("'" + field + "' must not contain the account's name.");
    }
  }

  /**
   * Refuses a change that would leave no enabled Administrator: {@code accounts} as they are,
   * {@code changed} the one to change, with its role and disabled flag after the change.
   */
  static void keepAnAdministrator(
      List<Account> accounts, Account changed, Role role, boolean disabled, String field) {
    if (role == Role.ADMINISTRATOR && !disabled) {
      return;
    }
    boolean another =
        accounts.stream()
            .anyMatch(
                a ->
                    a.getId() != changed.getId()
                        && a.getRole() == Role.ADMINISTRATOR
                        && !a.isDisabled());
    if (!another) {
      throw AccountProblem.badRequest(
          "'"
              + field
              + "': "
              + changed.getName()
              + " is the last enabled Administrator; make another account an Administrator"
              + " first.");
    }
  }

  static String shorten(String s) {
    if (s == null) {
      return "";
    }
    String printable = s.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
  }
}
