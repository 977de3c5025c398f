package org.cync.sync;

import org.cync.graphbatch.GraphTrace;

/** Builds {@link RunMailbox} rows for tests of other packages (its mutators are the job's). */
public final class RunMailboxFixture {
  private RunMailboxFixture() {}

  public static RunMailbox failed(
      String mailboxId, String name, String code, String message, GraphTrace trace) {
    RunMailbox r = new RunMailbox(7, 3, mailboxId);
    r.planned(name, 5, 2, 1);
    r.add(4, 2, 0, 1);
    r.outcome("FAILED", message, code, trace);
    return r;
  }
}
