package org.cync.history;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cync.roles.AdministratorOnly;
import org.cync.sync.RunMailboxQuery;
import org.cync.sync.RunMailboxes;

/**
 * Backs {@code /run.xhtml?id=<executionId>}: one run's steps, its failures grouped by Graph's code
 * with what to do, the mailbox table (paged, sorted and filtered in Derby), the CSV links, and the
 * actions its state allows. An unknown or malformed id is said on the page, not as an error page.
 */
@Named
@ViewScoped
public class RunPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SyncRuns runs;
  @Inject RunMailboxes mailboxes;

  private String id;
  // Read again after the view state was stored away (RunView is not serializable).
  private transient RunView run;
  private transient String problem;
  private transient RunMailboxesModel model;
  private transient List<FailureGroups.Group> failures;
  private transient String approveQuestion;

  public String getId() {
    return id;
  }

  /** The page's {@code id} parameter, as typed (checked by {@link #getRun}). */
  public void setId(String id) {
    this.id = id;
    this.run = null;
    this.problem = null;
    this.model = null;
    this.failures = null;
    this.approveQuestion = null;
  }

  /** The run, or null with {@link #getProblem} saying why. */
  public RunView getRun() {
    if (run == null && problem == null) {
      long executionId = parse(id);
      if (executionId < 0) {
        problem =
            "No run is named: open this page from the dashboard, or add ?id= and a run's"
                + " executionId (a whole number) to the address.";
      } else {
        run = runs.find(executionId).orElse(null);
        if (run == null) {
          problem = "Run with executionId " + executionId + " does not exist.";
        }
      }
    }
    return run;
  }

  public String getProblem() {
    getRun();
    return problem;
  }

  public RunMailboxesModel getMailboxes() {
    if (model == null && getRun() != null) {
      model = new RunMailboxesModel(mailboxes, query());
    }
    return model;
  }

  public List<FailureGroups.Group> getFailures() {
    if (failures == null) {
      failures = getRun() == null ? List.of() : FailureGroups.of(mailboxes.failuresByCode(query()));
    }
    return failures;
  }

  /** Whether the deletion guard holds the run: its review page has the counts and reasons. */
  public boolean isHeld() {
    return getRun() != null && RunReviews.held(run);
  }

  /** The approval's confirmation, naming the planned deletions ("Delete 57 contacts in 4 …?"). */
  public String getApproveQuestion() {
    if (approveQuestion == null && isHeld()) {
      List<org.cync.sync.RunMailbox> rows = mailboxes.of(run.getExecutionId(), run.getInstanceId());
      long deletes = rows.stream().mapToLong(org.cync.sync.RunMailbox::getPlannedDeletes).sum();
      long in = rows.stream().filter(r -> r.getPlannedDeletes() > 0).count();
      approveQuestion =
          "Delete "
              + RunReview.contacts(deletes)
              + " in "
              + RunReview.mailboxes(in)
              + "? The review page says per mailbox why.";
    }
    return approveQuestion;
  }

  /** Whether the per-contact changes can be listed (dry runs and held runs). */
  public boolean isChangesListed() {
    return getRun() != null && RunExports.planOnly(run);
  }

  @AdministratorOnly
  public void restart() {
    act(
        () ->
            "Run "
                + run.getExecutionId()
                + " restarted as run "
                + runs.restart(run.getExecutionId(), Map.of())
                + ".");
  }

  @AdministratorOnly
  public void approve() {
    act(
        () ->
            "Deletions of run "
                + run.getExecutionId()
                + " approved: it goes on as run "
                + runs.approve(run.getExecutionId())
                + ".");
  }

  /** Asks the running run to end after the writes in flight; it can be restarted then. */
  @AdministratorOnly
  public void stop() {
    act(
        () -> {
          runs.stop(run.getExecutionId());
          return "Run "
              + run.getRun()
              + " is stopping: it ends after the writes in flight and can then be restarted.";
        });
  }

  /** Ends a run the deletion guard holds, for good: nothing of its plan is written. */
  @AdministratorOnly
  public void reject() {
    act(
        () -> {
          runs.reject(run.getExecutionId());
          return "Run " + run.getRun() + " rejected: nothing was written; it cannot go on.";
        });
  }

  private void act(java.util.function.Supplier<String> action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (getRun() == null) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, problem, ""));
      return;
    }
    try {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), ""));
    } catch (RunConflict e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), ""));
    }
    setId(id); // read the run again: its buttons follow its new state
  }

  private RunMailboxQuery query() {
    long e = run.getExecutionId();
    long i = run.getInstanceId();
    return RunMailboxQuery.all(e, i, mailboxes.legacy(e, i));
  }

  /** A positive whole number of at most 18 digits, else -1. */
  static long parse(String id) {
    if (id == null || !id.strip().matches("\\d{1,18}")) {
      return -1;
    }
    return Long.parseLong(id.strip());
  }
}
