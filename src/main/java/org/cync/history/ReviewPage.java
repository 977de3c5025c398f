package org.cync.history;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cync.roles.AdministratorOnly;

/**
 * Backs {@code /review.xhtml?id=<executionId>}: the review of a run the deletion guard holds (its
 * verdict, per mailbox how many contacts go and why, the people per reason), with Approve and
 * Reject behind a confirmation naming the count. Any other run is said on the page, with a link to
 * its run page.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SyncRuns runs;
  @Inject RunReviews reviews;

  private final NamedRun named = new NamedRun("the dashboard or a held run's page");
  private transient RunReview review;
  private Long continuedAs;

  public String getId() {
    return named.id();
  }

  public void setId(String id) {
    named.id(id);
    this.review = null;
  }

  /** The run, or null with {@link #getProblem} saying why. */
  public RunView getRun() {
    return named.run(runs::find);
  }

  public String getProblem() {
    getRun();
    return named.problem();
  }

  public boolean isHeld() {
    return getRun() != null && RunReviews.held(getRun());
  }

  /** Why there is nothing to review (the run is not held), or null. */
  public String getNotHeld() {
    return getRun() == null || isHeld() ? null : RunReviews.notHeld(getRun());
  }

  public RunReview getReview() {
    if (review == null && isHeld()) {
      review = reviews.of(getRun());
    }
    return review;
  }

  /** The run an approval started, for the link after it. */
  public Long getContinuedAs() {
    return continuedAs;
  }

  @AdministratorOnly
  public void approve() {
    act(
        () -> {
          long planned = getReview().deletes();
          continuedAs = runs.approve(getRun().getExecutionId());
          return "Deletions of run %d approved: it goes on as run %d (%s allowed)."
              .formatted(getRun().getExecutionId(), continuedAs, RunReview.contacts(planned));
        });
  }

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
    if (!isHeld()) {
      String why = named.problem() != null ? named.problem() : RunReviews.notHeld(getRun());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, why, ""));
      return;
    }
    try {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), ""));
    } catch (RunConflict e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), ""));
    }
    setId(getId()); // read the run again: it is no longer held
  }
}
