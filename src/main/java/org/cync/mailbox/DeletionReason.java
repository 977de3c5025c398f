package org.cync.mailbox;

import org.cync.directory.SourceUser;
import org.cync.settings.SourceOptions;

/**
 * Why a contact CYNC holds is to be deleted, as an administrator reviewing a held run reads it:
 * worked out from the directory mirror (which keeps who is disabled and forgets who was deleted)
 * and the source filter. Pure.
 */
public enum DeletionReason {
  /** The whole mailbox is emptied: its owner is no longer a target. */
  MAILBOX_LEFT_TARGETS("the mailbox left the targets"),
  /**
   * Deleted in Entra ID: {@code /users/delta} reported it removed, or it is gone from the mirror.
   */
  USER_DELETED("the user was deleted in Entra ID"),
  USER_DISABLED("the user was disabled"),
  /** Still in the directory, but the source filter (groups, department, …) no longer takes it. */
  USER_LEFT_SOURCES("the user left the sources");

  private final String text;

  DeletionReason(String text) {
    this.text = text;
  }

  /** The reason as a sentence fragment ("the user was disabled"). */
  public String text() {
    return text;
  }

  /** The reason as the "Why" of a planned deletion: "The user left the sources." */
  public String note() {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  /**
   * @param mailboxWanted whether the mailbox is still a target
   * @param user the contact's source user as the mirror has it; null when the mirror has it not
   * @param sources the source filter in force
   */
  public static DeletionReason of(boolean mailboxWanted, SourceUser user, SourceOptions sources) {
    if (!mailboxWanted) {
      return MAILBOX_LEFT_TARGETS;
    }
    if (user == null || user.isRemoved()) {
      return USER_DELETED;
    }
    if (!user.accountEnabled() && sources.enabledOnly()) {
      return USER_DISABLED;
    }
    return USER_LEFT_SOURCES;
  }
}
