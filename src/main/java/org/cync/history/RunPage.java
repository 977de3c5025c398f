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
  @Inject RunReviews reviews;

  private final NamedRun named = new NamedRun("the dashboard");
  private transient RunMailboxesModel model;
  private transient List<FailureGroups.Group> failures;
  private transient String approveQuestion;

  public String getId() {
    return named.id();
  }

  /** The page's {@code id} parameter, as typed (checked by {@link #getRun}). */
  public void setId(String id) {
    named.id(id);
    this.model = null;
    this.failures = null;
    this.approveQuestion = null;
  }

  /** The run, or null with {@link #getProblem} saying why. */
  public RunView getRun() {
    return named.run(runs::find);
  }

  public String getProblem() {
    getRun();
    return named.problem();
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
    return getRun() != null && RunReviews.held(getRun());
  }

  /** The approval's confirmation, naming the planned deletions ("Delete 57 contacts in 4 …?"). */
  public String getApproveQuestion() {
    if (approveQuestion == null && isHeld()) {
      RunMailboxes.PlannedDeletes planned = reviews.planned(getRun().getExecutionId());
      approveQuestion =
          RunReview.approveQuestion(planned.contacts(), planned.mailboxes())
              + " The review page says per mailbox why.";
    }
    return approveQuestion;
  }

  /** Whether the per-contact changes can be listed (dry runs and held runs). */
  public boolean isChangesListed() {
    return getRun() != null && RunExports.planOnly(getRun());
  }

  @AdministratorOnly
  public void restart() {
    act(
        () ->
            "Run "
                + getRun().getExecutionId()
                + " restarted as run "
                + runs.restart(getRun().getExecutionId(), Map.of())
                + ".");
  }

  @AdministratorOnly
  public void approve() {
    act(
        () ->
            "Deletions of run "
                + getRun().getExecutionId()
                + " approved: it goes on as run "
                + runs.approve(getRun().getExecutionId())
                + ".");
  }

  /** Asks the running run to end after the writes in flight; it can be restarted then. */
  @AdministratorOnly
  public void stop() {
    act(
        () -> {
          runs.stop(getRun().getExecutionId());
          return "Run "
              + getRun().getRun()
              + " is stopping: it ends after the writes in flight and can then be restarted.";
        });
  }

  /** Ends a run the deletion guard holds, for good: nothing of its plan is written. */
  @AdministratorOnly
  public void reject() {
    act(
        () -> {
          runs.reject(getRun().getExecutionId());
          return "Run " + getRun().getRun() + " rejected: nothing was written; it cannot go on.";
        });
  }

  private void act(java.util.function.Supplier<String> action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (getRun() == null) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, named.problem(), ""));
      return;
    }
    try {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), ""));
    } catch (RunConflict e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), ""));
    }
    setId(getId()); // read the run again: its buttons follow its new state
  }

  private RunMailboxQuery query() {
    long e = getRun().getExecutionId();
    long i = getRun().getInstanceId();
    return RunMailboxQuery.all(e, i, mailboxes.legacy(e, i));
  }
}
