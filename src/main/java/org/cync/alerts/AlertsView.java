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
      problems.forEach((field, p) -> message(FacesMessage.SEVERITY_ERROR, labelled(field, p)));
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

  /** Each field as the Alerts page labels it; the API's messages keep the field's name. */
  static final Map<String, String> LABELS =
      Map.of(
          "host", "SMTP host",
          "port", "Port",
          "security", "Security",
          "username", "User",
          "password", "Password",
          "sender", "Sender",
          "recipients", "Recipients",
          "consoleUrl", "Console address for links in mails");

  /** "consoleUrl: the console's address …" as "Console address for links in mails: …". */
  static String labelled(String field, String message) {
    String label = LABELS.get(field);
    if (label == null) {
      return message;
    }
    if (message.startsWith(field + ":")) {
      return label + message.substring(field.length());
    }
    if (message.startsWith("'" + field + "'")) {
      return "'" + label + "'" + message.substring(field.length() + 2);
    }
    return message;
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
