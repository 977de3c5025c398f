package org.cync.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cync.history.SyncRuns;
import org.cync.sync.RunEnded;
import org.cync.sync.RunOutcomes;

/**
 * Turns events into mails: the end of a run (failed, held for approval, a mailbox failing three
 * runs in a row) and, from {@link CertificateWatch}, a certificate about to expire. Each mail's key
 * is claimed in the store first, so a mail goes once per event and day even across restarts and a
 * failing SMTP server does not turn into a flood of retries. A failure to send is logged.
 */
@ApplicationScoped
public class Alerts {
  private static final Logger LOG = Logger.getLogger(Alerts.class.getName());
  static final int FAILURES_IN_A_ROW = 3;

  @Inject AlertStore store;
  @Inject SyncRuns runs;
  Clock clock = Clock.systemUTC();
  SmtpPassword password = SmtpPassword.inDataDirectory();

  void runEnded(@ObservesAsync RunEnded run) {
    try {
      for (AlertMail mail : mailsFor(run)) {
        sendOnce(mail);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Alerts for run " + run.executionId() + " not sent", e);
    }
  }

  List<AlertMail> mailsFor(RunEnded run) {
    AlertSettings s = store.current();
    if (!s.isEnabled()) {
      return List.of();
    }
    java.util.ArrayList<AlertMail> mails = new java.util.ArrayList<>();
    String outcome = run.outcome();
    if (RunOutcomes.FAILED.equals(outcome)) {
      mails.add(AlertMails.runFailed(run, number(run), s.getConsoleUrl()));
    } else if (RunOutcomes.AWAITING_APPROVAL.equals(outcome)) {
      mails.add(AlertMails.runHeld(run, number(run), s.getConsoleUrl()));
    }
    for (RunEnded.FailedMailbox f : run.failed()) {
      List<String> last = store.lastOutcomes(f.mailboxId(), FAILURES_IN_A_ROW);
      if (last.size() == FAILURES_IN_A_ROW && last.stream().allMatch("FAILED"::equals)) {
        mails.add(
            AlertMails.mailboxFailing(
                f.mailboxId(), f.displayName(), FAILURES_IN_A_ROW, f.message()));
      }
    }
    return mails;
  }

  private int number(RunEnded run) {
    return runs.runNumber(run.executionId());
  }

  /** Sends {@code mail} unless its key was sent in the last 24 hours; true when it went. */
  boolean sendOnce(AlertMail mail) {
    AlertSettings s = store.current();
    if (!s.isEnabled() || !store.claim(mail.key(), clock.instant())) {
      return false;
    }
    Optional<String> failure = MailSender.send(s, password.read(), mail);
    failure.ifPresent(why -> LOG.warning(() -> "Alert '" + mail.subject() + "' not sent: " + why));
    if (failure.isEmpty()) {
      LOG.info(() -> "Alert sent to " + s.getRecipients() + ": " + mail.subject());
    }
    return failure.isEmpty();
  }

  /** The test mail, now, whatever the flood guard says; empty when it went, else why not. */
  Optional<String> sendTest(String by) {
    AlertSettings s = store.current();
    if (!s.isEnabled()) {
      return Optional.of(
          "Alerts are not set up: save an SMTP host, a sender and at least one recipient first.");
    }
    return MailSender.send(s, password.read(), AlertMails.test(by));
  }
}
