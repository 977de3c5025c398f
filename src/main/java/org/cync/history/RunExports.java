package org.cync.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.cync.contacts.Wanted;
import org.cync.mailbox.MailboxPreview;
import org.cync.sync.RunMailbox;
import org.cync.sync.RunMailboxQuery;
import org.cync.sync.RunMailboxes;

/**
 * A run's CSV downloads, written as they are read: the mailbox rows a page of {@value #PAGE} at a
 * time from Derby, and the changes one mailbox at a time, so 10,000 mailboxes never sit in memory.
 * A plan keeps only counts per mailbox (RUN_MAILBOX), no per-contact list: the changes are worked
 * out when asked, from what CYNC holds in each mailbox and wants there now ({@link MailboxPreview})
 * — for a dry or held run the same as its plan as long as nothing changed since.
 */
@ApplicationScoped
public class RunExports {
  static final int PAGE = 500;

  @Inject RunMailboxes mailboxes;
  @Inject MailboxPreview preview;

  StreamingOutput mailboxes(RunView run) {
    RunMailboxQuery all = all(run);
    return out -> {
      CSVPrinter csv = printer(out);
      csv.printRecord((Object[]) RunCsv.MAILBOX_HEADER);
      for (int from = 0; ; from += PAGE) {
        List<RunMailbox> page = mailboxes.page(all, from, PAGE);
        for (RunMailbox r : page) {
          csv.printRecord(RunCsv.mailbox(r));
        }
        if (page.size() < PAGE) {
          break;
        }
      }
      csv.flush();
    };
  }

  StreamingOutput changes(RunView run) {
    RunMailboxQuery all = all(run);
    return out -> {
      CSVPrinter csv = printer(out);
      csv.printRecord((Object[]) RunCsv.CHANGE_HEADER);
      Map<String, Wanted> wanted = preview.wanted();
      Function<String, String> names = preview.names();
      try {
        for (int from = 0; ; from += PAGE) {
          List<RunMailbox> page = mailboxes.page(all, from, PAGE);
          for (RunMailbox r : page) {
            if (r.getPlannedCreates() + r.getPlannedUpdates() + r.getPlannedDeletes() > 0) {
              preview.each(r.getMailboxId(), wanted, names, c -> print(csv, r, c));
            }
          }
          csv.flush();
          if (page.size() < PAGE) {
            break;
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    };
  }

  private static void print(CSVPrinter csv, RunMailbox r, org.cync.mailbox.PendingChanges.Row c) {
    try {
      csv.printRecord(RunCsv.change(r.getMailboxId(), r.getDisplayName(), c));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dry runs and held runs planned without writing: their changes can be listed. */
  static boolean planOnly(RunView run) {
    return org.cync.sync.DeletionGuard.DRY_RUN.equals(run.getExitStatus())
        || SyncRuns.AWAITING_APPROVAL.equals(run.getExitStatus());
  }

  private RunMailboxQuery all(RunView run) {
    long e = run.getExecutionId();
    long i = run.getInstanceId();
    return RunMailboxQuery.all(e, i, mailboxes.legacy(e, i));
  }

  private static CSVPrinter printer(java.io.OutputStream out) throws IOException {
    return new CSVPrinter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), RunCsv.FORMAT);
  }
}
