package org.cync.settings;

import java.util.Objects;

/**
 * Everything an administrator chooses about a sync, as one value: who becomes a contact, whose
 * mailbox receives them, what a contact holds, where it goes, and how careful and how parallel a
 * run is. Stored by {@link org.cync.settings.SyncSettingsStore}; a run reads it once at its start.
 *
 * @param folderName the dedicated folder under the default Contacts folder
 * @param folderMode a dedicated folder, or the default Contacts folder with the mapping's category
 * @param adoptOriginal adopt contacts that bear the original CYNC product's marker
 * @param mailboxParallelism how many mailboxes are written at the same time
 * @param schedule when runs start by themselves
 * @param history how long runs are kept
 */
public record SyncOptions(
    SourceOptions sources,
    TargetOptions targets,
    MappingOptions mapping,
    String folderName,
    boolean adoptOriginal,
    GuardOptions guard,
    int mailboxParallelism,
    FolderMode folderMode,
    ScheduleOptions schedule,
    HistoryOptions history) {

  public static final String DEFAULT_FOLDER = "Company Directory";
  public static final int DEFAULT_PARALLELISM = 64;
  public static final int MAX_PARALLELISM = 256;

  /**
   * Where CYNC's contacts live. In the default Contacts folder they are told apart from the user's
   * own by the mapping's category (required there) and, as everywhere, by CYNC's marker.
   */
  public enum FolderMode {
    DEDICATED_FOLDER,
    DEFAULT_FOLDER
  }

  public SyncOptions {
    sources = sources == null ? SourceOptions.defaults() : sources;
    targets = targets == null ? TargetOptions.defaults() : targets;
    mapping = mapping == null ? MappingOptions.defaults() : mapping;
    folderName = folderName == null || folderName.isBlank() ? DEFAULT_FOLDER : folderName.strip();
    guard = guard == null ? GuardOptions.defaults() : guard;
    folderMode = folderMode == null ? FolderMode.DEDICATED_FOLDER : folderMode;
    schedule = schedule == null ? ScheduleOptions.defaults() : schedule;
    history = history == null ? HistoryOptions.defaults() : history;
    if (folderMode == FolderMode.DEFAULT_FOLDER && mapping.category() == null) {
      throw new IllegalArgumentException("the default Contacts folder needs a category");
    }
    if (mailboxParallelism < 1 || mailboxParallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "mailboxParallelism must be 1.." + MAX_PARALLELISM + ": " + mailboxParallelism);
    }
    Objects.requireNonNull(folderName);
  }

  /** Without a history choice: the default retention ({@link HistoryOptions#defaults()}). */
  public SyncOptions(
      SourceOptions sources,
      TargetOptions targets,
      MappingOptions mapping,
      String folderName,
      boolean adoptOriginal,
      GuardOptions guard,
      int mailboxParallelism,
      FolderMode folderMode,
      ScheduleOptions schedule) {
    this(
        sources,
        targets,
        mapping,
        folderName,
        adoptOriginal,
        guard,
        mailboxParallelism,
        folderMode,
        schedule,
        null);
  }

  /**
   * Whether contacts go to the default Contacts folder (with the category), not a folder of their
   * own.
   */
  public boolean inDefaultFolder() {
    return folderMode == FolderMode.DEFAULT_FOLDER;
  }

  public static SyncOptions defaults() {
    return new SyncOptions(null, null, null, null, false, null, DEFAULT_PARALLELISM, null, null);
  }
}
