package org.cync.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cync.directory.SourceUser;
import org.cync.settings.SourceOptions;
import org.junit.jupiter.api.Test;

class DeletionReasonTest {
  private static final SourceOptions DEFAULTS = SourceOptions.defaults();

  private static SourceUser user(boolean enabled) {
    return new SourceUser(
        "u1",
        "Anna",
        null,
        null,
        "anna@example.com",
        "anna@example.com",
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
        enabled,
        "Member",
        null);
  }

  @Test
  void aMailboxThatLeftTheTargetsLosesEveryContactWhateverTheUser() {
    assertEquals(
        DeletionReason.MAILBOX_LEFT_TARGETS, DeletionReason.of(false, user(true), DEFAULTS));
    assertEquals(DeletionReason.MAILBOX_LEFT_TARGETS, DeletionReason.of(false, null, DEFAULTS));
  }

  @Test
  void aUserGoneFromTheMirrorOrReportedRemovedWasDeleted() {
    assertEquals(DeletionReason.USER_DELETED, DeletionReason.of(true, null, DEFAULTS));
    assertEquals(
        DeletionReason.USER_DELETED,
        DeletionReason.of(true, SourceUser.removed("u1", "deleted"), DEFAULTS));
  }

  @Test
  void aDisabledUserIsDisabledWhenTheSourcesTakeEnabledUsersOnly() {
    assertEquals(DeletionReason.USER_DISABLED, DeletionReason.of(true, user(false), DEFAULTS));
    SourceOptions anyState =
        new SourceOptions(false, true, true, false, null, null, null, null, null, null);
    assertEquals(DeletionReason.USER_LEFT_SOURCES, DeletionReason.of(true, user(false), anyState));
  }

  @Test
  void anEnabledUserStillInTheDirectoryLeftTheSources() {
    assertEquals(DeletionReason.USER_LEFT_SOURCES, DeletionReason.of(true, user(true), DEFAULTS));
  }

  @Test
  void eachReasonReadsAsASentence() {
    assertEquals("the mailbox left the targets", DeletionReason.MAILBOX_LEFT_TARGETS.text());
    assertEquals("the user was deleted in Entra ID", DeletionReason.USER_DELETED.text());
  }
}
