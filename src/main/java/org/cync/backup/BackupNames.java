package org.cync.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of backup folders ({@code backup-20261206T180500Z}: sortable, no colons, so they are valid
 * on Windows too) and which old ones retention removes. Pure, so the rules are unit-tested.
 */
public final class BackupNames {
  static final String PREFIX = "backup-";
  static final String PARTIAL = ".partial";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern NAME = Pattern.compile("backup-\\d{8}T\\d{6}Z(-\\d+)?");

  private BackupNames() {}

  /** The folder name for a backup taken at {@code when}. */
  public static String of(Instant when) {
    return PREFIX + STAMP.format(when);
  }

  /** True for a finished backup's folder name (not a partial one, nothing else). */
  public static boolean isBackup(String name) {
    return NAME.matcher(name).matches();
  }

  /** The finished backups among {@code names} that retention removes: all but the newest keep. */
  public static List<String> toRemove(List<String> names, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least one backup");
    }
    List<String> backups =
        names.stream().filter(BackupNames::isBackup).sorted(Comparator.reverseOrder()).toList();
    return backups.size() <= keep ? List.of() : backups.subList(keep, backups.size());
  }
}
