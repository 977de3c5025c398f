package org.cync.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.cync.connection.check.Checklist;
import org.cync.history.HistoryItem;
import org.cync.history.RunConflict;
import org.cync.history.RunReview;
import org.cync.history.RunReviews;
import org.cync.history.RunSummaries;
import org.cync.history.RunSummary;
import org.cync.history.RunView;
import org.cync.history.SyncRuns;
import org.cync.roles.AdministratorOnly;
import org.cync.schedule.ScheduleOverview;
import org.cync.schedule.ScheduleStatus;
import org.cync.settings.SyncSettingsStore;
import org.cync.sync.RunMailboxes;
import org.cync.sync.RunOutcomes;
import org.cync.sync.SyncJobParameters;
import org.cync.time.AdminZone;

/**
 * Backs the dashboard, a to-do list: what needs the administrator ({@link ToDoList}), the first
 * steps until they are done ({@link FirstSteps}), the run going now, the last run's result, the
 * next run and the recent runs with start, restart, stop, approve and reject. The installation's
 * own facts are on the About page ({@link AboutView}).
 */
@Named
@RequestScoped
public class StartView {
  @Inject org.cync.contacts.DesiredContacts desired;
  @Inject SyncRuns runs;
  @Inject RunSummaries summaries;
  @Inject RunReviews reviews;
  @Inject SyncSettingsStore settings;
  @Inject org.cync.connection.Connection connection;
  @Inject ScheduleOverview scheduleOverview;
  @Inject org.cync.history.RunProgressReader progress;
  @Inject org.cync.alerts.ConnectionWatch connectionWatch;

  @Inject AdminZone zone;

  /** The trigger of runs started from the console. */
  static final String MANUAL = "manual";

  /** Runs in the dashboard's list; the Runs page has them all. */
  static final int RECENT = 5;

  private List<RunView> recentRuns;
  private ScheduleStatus schedule;
  private List<ToDoList.ToDo> toDos;
  private final Map<Long, RunMailboxes.PlannedDeletes> planned = new java.util.HashMap<>();
  private List<FirstSteps.Step> firstSteps;
  private java.util.Optional<RunSummary> lastRun;

  public int getRecentLimit() {
    return RECENT;
  }

  /** What needs the administrator, most urgent first; empty when nothing does. */
  public List<ToDoList.ToDo> getToDos() {
    if (toDos == null) {
      toDos =
          ToDoList.of(
              new ToDoList.Facts(
                  held(),
                  lastRun()
                      .map(
                          r ->
                              new ToDoList.LastRun(
                                  r.getExecutionId(), r.getRunNumber(), r.getMailboxesFailed()))
                      .orElse(null),
                  getLastTest(),
                  connectionWatch.last().orElse(null),
                  connection.expiry().orElse(null)),
              zone.getZoneId());
    }
    return toDos;
  }

  private ToDoList.HeldRun held() {
    java.util.OptionalLong id = schedule().awaitingApproval();
    if (id.isEmpty()) {
      return null;
    }
    long e = id.getAsLong();
    RunMailboxes.PlannedDeletes d = planned(e);
    return new ToDoList.HeldRun(e, runs.runNumber(e), d.contacts(), d.mailboxes());
  }

  /** The first-start checklist, each step ticked from what CYNC finds; empty once all are done. */
  public List<FirstSteps.Step> getFirstSteps() {
    if (firstSteps == null) {
      Checklist test = getLastTest();
      FirstSteps.Facts facts =
          new FirstSteps.Facts(
              connection.current().isComplete(),
              test != null && test.ok(),
              !settings.current().targets().everyone(),
              summaries.anyEnded(RunOutcomes.DRY_RUN),
              summaries.anyEnded(RunOutcomes.COMPLETED, RunOutcomes.COMPLETED_WITH_FAILURES));
      firstSteps = FirstSteps.done(facts) ? List.of() : FirstSteps.of(facts);
    }
    return firstSteps;
  }

  /** The newest ended run with its figures; null before the first. */
  public HistoryItem getLastRun() {
    return lastRun().map(HistoryItem::new).orElse(null);
  }

  private java.util.Optional<RunSummary> lastRun() {
    if (lastRun == null) {
      lastRun = summaries.lastEnded(1).stream().findFirst();
    }
    return lastRun;
  }

  /** The last Test Connection, or null before the first. */
  public Checklist getLastTest() {
    return connection.lastTest().orElse(null);
  }

  /** The last Test Connection's headline ("All checks passed; 1 skipped …"), or "not run yet". */
  public String getLastTestHeadline() {
    Checklist test = getLastTest();
    return test == null ? "not run yet" : test.headline();
  }

  /** Days left of the certificate in use, as a sentence. */
  public String getCertificateStatus() {
    return connection
        .expiry()
        .map(org.cync.connection.certificate.Expiry::describe)
        .orElse("no certificate in use yet");
  }

  public long getSnapshotSize() {
    return desired.size();
  }

  /** The run going now, for the live progress panel; null when none. */
  public Long getRunningExecutionId() {
    return progress.running().orElse(null);
  }

  public List<RunView> getRecentRuns() {
    if (recentRuns == null) {
      recentRuns = runs.recent(RECENT);
    }
    return recentRuns;
  }

  /**
   * "Next scheduled run: 2026-12-01 21:30 (delta)", or "(full reconcile)", with the weekday and
   * time in the schedule's zone too when that is not the administrator's; or "Schedule off".
   */
  public String getNextScheduledRun() {
    ScheduleStatus s = schedule();
    return s.nextRun()
        .map(
            at ->
                "Next scheduled run: "
                    + zone.at(at)
                    + inZone(at, s.options().zone(), zone.getZoneId())
                    + (s.nextRunReconcile() ? " (full reconcile)" : " (delta)"))
        .orElse("Schedule off");
  }

  /** The pause, as a sentence, while scheduled runs are paused; null otherwise. */
  public String getPausedUntil() {
    ScheduleStatus s = schedule();
    return s.pausedUntil()
        .map(
            end ->
                "Scheduled runs are paused until "
                    + zone.at(end)
                    + inZone(end, s.options().zone(), zone.getZoneId())
                    + ". Runs started by hand still go.")
        .orElse(null);
  }

  /**
   * " (Sunday 02:00 Europe/Vienna)" when the schedule's {@code zone} is not the page's, else
   * nothing.
   */
  static String inZone(java.time.Instant at, java.time.ZoneId zone, java.time.ZoneId shown) {
    return zone.normalized().equals(shown.normalized())
        ? ""
        : " ("
            + DateTimeFormatter.ofPattern("EEEE HH:mm", java.util.Locale.ENGLISH)
                .withZone(zone)
                .format(at)
            + " "
            + zone
            + ")";
  }

  /** The daily connection check's last result, as a sentence; null before the first. */
  public String getConnectionCheck() {
    return connectionWatch
        .last()
        .map(
            c ->
                zone.at(c.at())
                    + ": "
                    + (c.ok()
                        ? "all checks passed"
                        : c.lines().stream()
                            .filter(org.cync.connection.check.CheckLine::isFailed)
                            .findFirst()
                            .map(l -> "FAILED at " + l.name() + ": " + l.detail())
                            .orElse("FAILED")))
        .orElse(null);
  }

  public boolean isConnectionCheckFailed() {
    return connectionWatch.last().filter(c -> !c.ok()).isPresent();
  }

  /** What keeps scheduled runs from writing, or null. */
  public String getScheduleNote() {
    ScheduleStatus s = schedule();
    if (s.nextRun().isEmpty()) {
      return null;
    }
    if (!s.connected()) {
      return "Scheduled runs are skipped until a tenant is connected.";
    }
    return s.awaitingApproval().isPresent()
        ? "Run "
            + s.awaitingApproval().getAsLong()
            + " waits for approval of its deletions. Each scheduled run plans again and waits"
            + " again, until you approve the newest or the deletions go away."
        : null;
  }

  /** The last scheduled run that did not start, and why; null when none since the start. */
  public String getLastSkipped() {
    ScheduleStatus s = schedule();
    return s.lastSkipped() == null
        ? null
        : "Last skipped " + zone.at(s.lastSkipped().at()) + ": " + s.lastSkipped().reason() + ".";
  }

  private ScheduleStatus schedule() {
    if (schedule == null) {
      schedule = scheduleOverview.now();
    }
    return schedule;
  }

  @AdministratorOnly
  public void startRun() {
    act(() -> "Run " + runs.start(Map.of(SyncJobParameters.TRIGGER, MANUAL)) + " started.");
  }

  /** Plans without writing: the plan per mailbox is kept with the run. */
  @AdministratorOnly
  public void startDryRun() {
    act(
        () ->
            "Dry run "
                + runs.start(
                    Map.of(SyncJobParameters.DRY_RUN, "true", SyncJobParameters.TRIGGER, MANUAL))
                + " started.");
  }

  /** Reads every target mailbox's folder and repairs what users changed or deleted. */
  @AdministratorOnly
  public void startReconcile() {
    act(
        () ->
            "Full reconcile "
                + runs.start(
                    Map.of(SyncJobParameters.RECONCILE, "true", SyncJobParameters.TRIGGER, MANUAL))
                + " started.");
  }

  /** A held run's counts, from the one source the review page uses too ({@link RunReviews}). */
  private RunMailboxes.PlannedDeletes planned(long executionId) {
    return planned.computeIfAbsent(executionId, reviews::planned);
  }

  /** The dashboard's confirmation of Approve: "Delete 258 contacts in 4 mailboxes? …". */
  public String approveQuestion(long executionId) {
    RunMailboxes.PlannedDeletes d = planned(executionId);
    return RunReview.approveQuestion(d.contacts(), d.mailboxes())
        + " The review page says per mailbox why.";
  }

  /** The dashboard's confirmation of Reject, naming what is refused. */
  public String rejectQuestion(long executionId) {
    RunMailboxes.PlannedDeletes d = planned(executionId);
    return "Reject: none of the "
        + d.contacts()
        + (d.contacts() == 1 ? " deletion" : " deletions")
        + " is made, nothing is created or updated, and the run cannot be approved or restarted"
        + " afterwards. Reject it?";
  }

  @AdministratorOnly
  public void approve(long executionId) {
    act(
        () ->
            "Deletions of run "
                + executionId
                + " approved: it goes on as run "
                + runs.approve(executionId)
                + ".");
  }

  /** Ends a held run for good: its deletions are refused and nothing is written. */
  @AdministratorOnly
  public void reject(long executionId) {
    act(
        () -> {
          runs.reject(executionId);
          return "Run " + executionId + " rejected: nothing was written; it cannot go on.";
        });
  }

  /** Asks a running run to stop after the writes in flight; it can be restarted. */
  @AdministratorOnly
  public void stop(long executionId) {
    act(
        () -> {
          runs.stop(executionId);
          return "Run "
              + executionId
              + " is stopping: it ends after the writes in flight and can then be restarted.";
        });
  }

  @AdministratorOnly
  public void restart(long executionId) {
    act(
        () ->
            "Run "
                + executionId
                + " restarted as run "
                + runs.restart(executionId, Map.of())
                + ".");
  }

  /**
   * Does the action and says what happened, once: a FacesMessage without a detail repeats its
   * summary as the detail, which the layout's messages show too. The runs are read again either
   * way, so a refused action's stale button goes with the answer.
   */
  private void act(java.util.function.Supplier<String> action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), ""));
    } catch (RunConflict e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), ""));
    }
    recentRuns = null;
    toDos = null;
    firstSteps = null;
    lastRun = null;
    schedule = null;
  }
}
