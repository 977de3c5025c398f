package org.cync.trial;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cync.roles.AdministratorOnly;
import org.primefaces.model.file.UploadedFile;

/**
 * The tryout's Directory page: search the simulated tenant's users (as you type), open one ({@code
 * ?user=ID}), change its fields, disable, delete or restore it, change its photo and its groups.
 * Reading needs no action; every change is an Administrator's ({@link TryoutDirectory}).
 */
@Named
@ViewScoped
public class TryoutDirectoryView implements Serializable {
  @Inject transient TryoutDirectory directory;

  private String query = "";
  private String userId;
  private final Map<String, String> form = new LinkedHashMap<>();
  private String groupToAdd;
  private transient UploadedFile photo;

  @PostConstruct
  void load() {
    String wanted =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("user");
    if (wanted != null && wanted.length() <= 64 && directory.on()) {
      directory.user(wanted.toLowerCase()).ifPresent(u -> open(u.id()));
    }
  }

  private void open(String id) {
    userId = id;
    form.clear();
    form.putAll(directory.form(id));
  }

  public boolean isOn() {
    return directory.on();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? "" : query;
  }

  public List<UserRow> getUsers() {
    if (!directory.on()) {
      return List.of();
    }
    try {
      return directory.search(query);
    } catch (IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_WARN, e.getMessage());
      return List.of();
    }
  }

  public Optional<UserRow> user() {
    return userId == null || !directory.on() ? Optional.empty() : directory.user(userId);
  }

  public UserRow getUser() {
    return user().orElse(null);
  }

  public List<UserEdit.Field> getFields() {
    return UserEdit.FIELDS;
  }

  public Map<String, String> getForm() {
    return form;
  }

  public String getPhoto() {
    byte[] p = userId == null || !directory.on() ? null : directory.photo(userId);
    return p == null ? null : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(p);
  }

  public List<GroupRow> getGroups() {
    return userId == null ? List.of() : directory.groupsOf(userId);
  }

  public List<GroupRow> getAllGroups() {
    return directory.on() ? directory.groups() : List.of();
  }

  public String getGroupToAdd() {
    return groupToAdd;
  }

  public void setGroupToAdd(String groupToAdd) {
    this.groupToAdd = groupToAdd;
  }

  public UploadedFile getUpload() {
    return photo;
  }

  public void setUpload(UploadedFile photo) {
    this.photo = photo;
  }

  @AdministratorOnly
  public void save() {
    Map<String, String> problems = directory.update(userId, form);
    if (problems.isEmpty()) {
      message(FacesMessage.SEVERITY_INFO, "Saved; the next run takes it to the mailboxes.");
      open(userId);
    } else {
      problems.values().forEach(p -> message(FacesMessage.SEVERITY_ERROR, p));
    }
  }

  @AdministratorOnly
  public void enable() {
    act(() -> directory.setEnabled(userId, true), "Enabled.");
  }

  @AdministratorOnly
  public void disable() {
    act(() -> directory.setEnabled(userId, false), "Disabled.");
  }

  @AdministratorOnly
  public void delete() {
    act(() -> directory.delete(userId), "Deleted; it can be restored for 30 days.");
  }

  @AdministratorOnly
  public void restore() {
    act(() -> directory.restore(userId), "Restored.");
  }

  @AdministratorOnly
  public void uploadPhoto() {
    byte[] bytes = photo == null ? null : photo.getContent();
    String problem = PhotoUpload.problem(bytes);
    if (problem != null) {
      message(FacesMessage.SEVERITY_ERROR, problem);
      return;
    }
    act(() -> directory.setPhoto(userId, bytes), "Photo changed.");
  }

  @AdministratorOnly
  public void removePhoto() {
    act(() -> directory.setPhoto(userId, null), "Photo removed.");
  }

  @AdministratorOnly
  public void addToGroup() {
    act(() -> directory.membership(userId, groupToAdd, true), "Added to the group.");
  }

  @AdministratorOnly
  public void removeFromGroup(String groupId) {
    act(() -> directory.membership(userId, groupId, false), "Removed from the group.");
  }

  private void act(Runnable change, String done) {
    if (userId == null) {
      message(FacesMessage.SEVERITY_ERROR, "User: choose a user in the list first.");
      return;
    }
    try {
      change.run();
      message(FacesMessage.SEVERITY_INFO, done);
      open(userId);
    } catch (IllegalArgumentException | IllegalStateException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
