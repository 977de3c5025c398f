package org.cync.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.cync.mailbox.PendingChanges;
import org.cync.sync.RunMailbox;

/**
 * The columns and rows of a run's CSV downloads. Commons CSV quotes (RFC 4180, CRLF); this class
 * adds what it does not: a text cell that a spreadsheet would run as a formula (it starts with =,
 * +, -, @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises against CSV
 * injection; names and messages come from the directory and from Graph, not from us. Pure.
 */
final class RunCsv {
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  static final String[] MAILBOX_HEADER = {
    "mailboxId",
    "displayName",
    "outcome",
    "plannedCreates",
    "plannedUpdates",
    "plannedDeletes",
    "created",
    "updated",
    "deleted",
    "failed",
    "errorCode",
    "message",
    "requestId",
    "clientRequestId",
    "errorDate"
  };

  static final String[] CHANGE_HEADER = {
    "mailboxId", "mailboxName", "kind", "sourceUserId", "person", "fields", "note"
  };

  private RunCsv() {}

  static List<Object> mailbox(RunMailbox r) {
    List<Object> row = new ArrayList<>();
    row.add(safe(r.getMailboxId()));
    row.add(safe(r.getDisplayName()));
    row.add(safe(r.getOutcome()));
    row.add(r.getPlannedCreates());
    row.add(r.getPlannedUpdates());
    row.add(r.getPlannedDeletes());
    row.add(r.getCreated());
    row.add(r.getUpdated());
    row.add(r.getDeleted());
    row.add(r.getFailed());
    row.add(safe(r.getErrorCode()));
    row.add(safe(r.getMessage()));
    row.add(safe(r.getRequestId()));
    row.add(safe(r.getClientRequestId()));
    row.add(safe(r.getErrorDate()));
    return row;
  }

  /** One contact's change: kind create, update or delete; fields separated by "; ". */
  static List<Object> change(String mailboxId, String mailboxName, PendingChanges.Row c) {
    return List.of(
        safe(mailboxId),
        safe(mailboxName),
        c.kind().toLowerCase(Locale.ROOT),
        safe(c.sourceId()),
        safe(c.displayName()),
        safe(c.fields() == null ? "" : String.join("; ", c.fields())),
        safe(c.note()));
  }

  /** A text cell a spreadsheet shows as text; null becomes an empty cell. */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
