package org.cync.sync;

import java.util.Objects;
import org.cync.contacts.MappingOptions;
import org.cync.directory.SourceOptions;
import org.cync.directory.TargetOptions;

/**
 * Everything an administrator chooses about a sync, as one value: who becomes a contact, whose
 * mailbox receives them, what a contact holds, where it goes, and how careful and how parallel a
 * run is. Stored by {@link org.cync.settings.SyncSettingsStore}; a run reads it once at its start.
 *
 * @param folderName the dedicated folder under the default Contacts folder
 * @param adoptOriginal adopt contacts that bear the original CYNC product's marker
 * @param mailboxParallelism how many mailboxes are written at the same time
 */
public record SyncOptions(
    SourceOptions sources,
    TargetOptions targets,
    MappingOptions mapping,
    String folderName,
    boolean adoptOriginal,
    GuardOptions guard,
    int mailboxParallelism) {

  public static final String DEFAULT_FOLDER = "Company Directory";
  public static final int DEFAULT_PARALLELISM = 64;
  public static final int MAX_PARALLELISM = 256;

  public SyncOptions {
    sources = sources == null ? SourceOptions.defaults() : sources;
    targets = targets == null ? TargetOptions.defaults() : targets;
    mapping = mapping == null ? MappingOptions.defaults() : mapping;
    folderName = folderName == null || folderName.isBlank() ? DEFAULT_FOLDER : folderName.strip();
    guard = guard == null ? GuardOptions.defaults() : guard;
    if (mailboxParallelism < 1 || mailboxParallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "mailboxParallelism must be 1.." + MAX_PARALLELISM + ": " + mailboxParallelism);
    }
    Objects.requireNonNull(folderName);
  }

  public static SyncOptions defaults() {
    return new SyncOptions(null, null, null, null, false, null, DEFAULT_PARALLELISM);
  }
}
