package org.cync.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The file part of a {@link Restore}, as a list of steps said the way an operator would do them by
 * hand: when one fails, the message names exactly what was done and what is left, with the paths,
 * because on PostgreSQL the database is restored by then and cannot be undone by moving files.
 */
final class RestoreSteps {
  private RestoreSteps() {}

  /** Runs {@code steps} in order; the first that fails ends the restore with {@link #failed}. */
  static void run(List<Step> steps, Path folder, Path aside, boolean postgres) {
    for (int i = 0; i < steps.size(); i++) {
      try {
        steps.get(i).run().run();
      } catch (IOException | UncheckedIOException e) {
        // Files.walk's stream throws unchecked: a copy failing half-way is said the same way.
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        throw new StartupProblem(
            failed(
                folder,
                aside,
                postgres,
                steps.subList(0, i),
                steps.subList(i, steps.size()),
                cause));
      }
    }
  }

  /** One file operation of a restore, said as the operator would do it by hand. */
  record Step(String said, FileAction run) {}

  /** A file operation that may fail. */
  interface FileAction {
    void run() throws IOException;
  }

  /**
   * Adds the move of {@code from} to {@code to}, if there is one (a store may not have made it).
   */
  static void moveAside(List<Step> steps, Path from, Path to) {
    if (Files.exists(from)) {
      steps.add(new Step("move " + from + " to " + to, () -> Files.move(from, to)));
    }
  }

  /**
   * What a failing file step means: on PostgreSQL the database is restored already (committed), so
   * the files must go forward to match it, not back; on Derby and H2 nothing is in use yet, so what
   * was replaced can be moved back.
   */
  static String failed(
      Path folder, Path aside, boolean postgres, List<Step> done, List<Step> left, IOException e) {
    String doneSaid =
        done.isEmpty() ? "nothing" : String.join("; ", done.stream().map(Step::said).toList());
    String leftSaid = String.join("; ", left.stream().map(Step::said).toList());
    String failedAt =
        " failed at \"" + left.get(0).said() + "\": " + e.getMessage() + ". Done: " + doneSaid;
    if (postgres) {
      return "the database IS restored from "
          + folder
          + " (committed; \"Backup restored\" is in the audit log), but putting the files in place"
          + failedAt
          + ". Still to do by hand, in this order: "
          + leftSaid
          + "; then start CYNC without "
          + Restore.SETTING
          + ". Do not move the files of "
          + aside
          + " back: they belong to the database as it was before the restore.";
    }
    return "the restore of "
        + folder
        + failedAt
        + "; not done: "
        + leftSaid
        + ". To undo, delete what was copied from the backup and move what is in "
        + aside
        + " back into the data directory.";
  }
}
