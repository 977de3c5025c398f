package org.cync.alerts;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Alerts page: the SMTP settings and "Send a test mail", both for Administrators (checked here
 * and again by {@link AlertSettingsService}, which the API uses too).
 */
@Named
@ViewScoped
public class AlertsView implements Serializable {
  @Inject transient AlertSettingsService alerts;

  private final Map<String, String> form = new HashMap<>();
  private boolean passwordSet;

  @jakarta.annotation.PostConstruct
  void load() {
    alerts.view().forEach((k, v) -> form.put(k, v == null ? "" : v.toString()));
    passwordSet = Boolean.parseBoolean(form.remove("passwordSet"));
    form.remove("enabled");
    form.put("password", "");
  }

  public Map<String, String> getForm() {
    return form;
  }

  public boolean isPasswordSet() {
    return passwordSet;
  }

  @org.cync.roles.AdministratorOnly
  public void save() {
    Map<String, String> in = new HashMap<>(form);
    if (in.get("password") == null || in.get("password").isEmpty()) {
      in.remove("password"); // an empty box keeps the saved password
    }
    Map<String, String> problems = alerts.save(in);
    if (problems.isEmpty()) {
      message(FacesMessage.SEVERITY_INFO, "Saved.");
      load();
    } else {
      problems.values().forEach(p -> message(FacesMessage.SEVERITY_ERROR, p));
    }
  }

  @org.cync.roles.AdministratorOnly
  public void sendTest() {
    String by = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    Optional<String> failure = alerts.test(by);
    if (failure.isEmpty()) {
      message(FacesMessage.SEVERITY_INFO, "The test mail was sent.");
    } else {
      message(FacesMessage.SEVERITY_ERROR, failure.get());
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
