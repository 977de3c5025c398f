package org.cync.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cync.mailbox.TargetMailboxes;
import org.cync.settings.SyncOptions;
import org.cync.settings.SyncSettingsStore;

/**
 * The Sync settings page's section headers: each section's saved values in a line ({@link
 * SettingsSummary}), groups and users by name through the page's pickers.
 */
@Named
@RequestScoped
public class SettingsSummaryView {
  @Inject SyncSettingsStore store;
  @Inject TargetMailboxes mailboxes;
  @Inject DirectoryPickerView picker;
  private SyncOptions options;

  /** The line for {@code section}: sources, targets, mapping, folder, safety, history, ... */
  public String of(String section) {
    SyncOptions o = options();
    return switch (section) {
      case "sources" -> SettingsSummary.sources(o.sources(), this::name);
      case "targets" -> SettingsSummary.targets(o.targets(), this::name, targetCount());
      case "mapping" -> SettingsSummary.mapping(o.mapping());
      case "folder" -> SettingsSummary.folder(o);
      case "safety" -> SettingsSummary.safety(o);
      case "history" -> SettingsSummary.history(o);
      case "schedule" -> SettingsSummary.schedule(o.schedule());
      case "performance" -> SettingsSummary.performance(o);
      default -> "";
    };
  }

  /** "CYNC Targets" for "CYNC Targets &lt;targets@contoso.com&gt;": the header is short. */
  private String name(String id) {
    String label = picker.label(id);
    int mail = label.indexOf(" <");
    return mail > 0 ? label.substring(0, mail) : label;
  }

  /** The mailboxes the last run wrote to, or -1 (not said) before any run found one. */
  private long targetCount() {
    long n = mailboxes.wantedCount();
    return n == 0 ? -1 : n;
  }

  private SyncOptions options() {
    if (options == null) {
      options = store.current();
    }
    return options;
  }
}
