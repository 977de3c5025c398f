package org.cync.settings;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cync.roles.AdministratorOnly;

/**
 * Backs the Sync settings page: the form, and Save, which shows each of {@link SyncSettingsRules}'
 * messages beside its field and saves nothing unless all fields are valid.
 */
@Named
@ViewScoped
public class SyncSettingsView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "sync";

  @Inject transient SyncSettingsStore store;

  private SyncSettingsForm form;

  public SyncSettingsForm getForm() {
    if (form == null) {
      form = SyncSettingsForm.of(store.current());
    }
    return form;
  }

  /** Ends the pause now: scheduled runs go on from this moment. */
  @AdministratorOnly
  public void liftPause() {
    JsonObject schedule = new JsonObject();
    schedule.add("pausedUntil", JsonNull.INSTANCE);
    JsonObject changes = new JsonObject();
    changes.add("schedule", schedule);
    SyncSettingsRules.Outcome outcome = store.apply(changes);
    form = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            outcome.valid()
                ? new FacesMessage(
                    FacesMessage.SEVERITY_INFO,
                    "Pause lifted.",
                    "Scheduled runs go on; the dashboard shows the next.")
                : new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    "Pause not lifted.",
                    String.join(" ", outcome.problems().values())));
  }

  /** Field messages carry their text as detail only, so the page-wide list shows it once. */
  @AdministratorOnly
  public void save() {
    ScheduleOptions scheduleBefore = store.current().schedule();
    SyncSettingsRules.Outcome outcome = store.apply(getForm().toDocument());
    FacesContext faces = FacesContext.getCurrentInstance();
    if (outcome.valid()) {
      form = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "Saved.",
              "Every run that starts from now on uses these settings."
                  + (outcome.options().schedule().equals(scheduleBefore)
                      ? ""
                      : " The schedule counts from now; the dashboard shows the next run.")));
      return;
    }
    outcome
        .problems()
        .forEach(
            (path, message) ->
                faces.addMessage(
                    FORM + ":" + SyncSettingsForm.componentId(path),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "", message)));
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            "Not saved.",
            "Fix the " + outcome.problems().size() + " field(s) marked below."));
  }
}
