package org.cync.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cync.connection.check.MicrosoftErrors;

/**
 * A run's failed mailboxes grouped by Graph's error code, each with what to do: the sentence Test
 * Connection gives for the code ({@link MicrosoftErrors#graph}), else a pointer to the code and to
 * the request-id Microsoft support asks for. Pure.
 */
public final class FailureGroups {
  private FailureGroups() {}

  /** One code, how many mailboxes failed with it, and the advice. */
  public record Group(String code, long mailboxes, String advice) {
    public String getCode() {
      return code;
    }

    public long getMailboxes() {
      return mailboxes;
    }

    public String getAdvice() {
      return advice;
    }
  }

  /** Groups in the order given (most mailboxes first); a null code is "no code". */
  public static List<Group> of(Map<String, Long> failuresByCode) {
    List<Group> out = new ArrayList<>();
    failuresByCode.forEach(
        (code, n) -> out.add(new Group(code == null ? "(no code)" : code, n, advice(code))));
    return out;
  }

  static String advice(String code) {
    if (code == null) {
      return "Changes failed without a Graph error code: read each mailbox's message below.";
    }
    if ("ConnectionFailed".equals(code) || "NoResponse".equals(code)) {
      return "Graph could not be reached or did not answer: check this server's network and"
          + " proxy, then restart the run.";
    }
    String known = MicrosoftErrors.graph(code);
    return known != null
        ? known
        : "Graph answered "
            + code
            + ": see Microsoft's Graph error reference; if it persists, give Microsoft support the"
            + " request-id and date of a failed mailbox below.";
  }
}
