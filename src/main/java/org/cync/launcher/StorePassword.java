package org.cync.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL password: from the environment ({@code CYNC_STORE_PASSWORD}) or from a file that
 * only its owner can read ({@code cync.store.password.file}, mode 600 or 400). Never a system
 * property, which every user of the machine sees on the command line, and never a file inside a Git
 * working tree, where it would end up in a commit.
 */
final class StorePassword {
  static final String PROPERTY = "cync.store.password";
  static final String ENVIRONMENT = LaunchSettings.environmentName(PROPERTY);
  static final String FILE = "cync.store.password.file";

  /** Longer than any sensible password: a bigger file is the wrong file. */
  static final int MAX_BYTES = 4096;

  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private StorePassword() {}

  static boolean given(Map<String, String> properties, Map<String, String> environment) {
    return present(environment.get(ENVIRONMENT))
        || LaunchSettings.lookup(FILE, properties, environment).isPresent();
  }

  static String read(Map<String, String> properties, Map<String, String> environment) {
    if (present(properties.get(PROPERTY))) {
      throw new StartupProblem(
          "-D"
              + PROPERTY
              + " is refused: a password on the command line is visible to every user of the"
              + " machine. Set "
              + ENVIRONMENT
              + " in the environment, or "
              + LaunchSettings.both(FILE)
              + " to a file of mode 600.");
    }
    String fromEnvironment = environment.get(ENVIRONMENT);
    Optional<String> file = LaunchSettings.lookup(FILE, properties, environment);
    if (present(fromEnvironment) && file.isPresent()) {
      throw new StartupProblem(
          "Both "
              + ENVIRONMENT
              + " and "
              + LaunchSettings.both(FILE)
              + " are set: keep one of them.");
    }
    if (present(fromEnvironment)) {
      return fromEnvironment;
    }
    if (file.isPresent()) {
      return fromFile(Path.of(file.get()).toAbsolutePath().normalize());
    }
    throw new StartupProblem(
        LaunchSettings.both(PostgresStore.URL)
            + " is set but no password is: set "
            + ENVIRONMENT
            + " in the environment, or "
            + LaunchSettings.both(FILE)
            + " to a file of mode 600 holding it.");
  }

  static String fromFile(Path file) {
    String setting = " (" + LaunchSettings.both(FILE) + ")";
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new StartupProblem(
          "The store password file " + file + setting + " is not a readable file: fix the path.");
    }
    insideGitTree(file)
        .ifPresent(
            tree -> {
              throw new StartupProblem(
                  "The store password file "
                      + file
                      + " is inside the Git working tree "
                      + tree
                      + ": move it out (e.g. to /etc/cync/), where no commit can take it along.");
            });
    try {
      if (PrivateDataFiles.posix()) {
        Set<PosixFilePermission> mode =
            EnumSet.copyOf(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        mode.retainAll(OTHERS);
        if (!mode.isEmpty()) {
          throw new StartupProblem(
              "The store password file "
                  + file
                  + " can be read or changed by other users: run chmod 600 "
                  + file);
        }
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new StartupProblem(
            "The store password file "
                + file
                + " is larger than "
                + MAX_BYTES
                + " bytes: it should hold the password alone.");
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      // "echo secret > file" adds a line break that is not part of the password.
      String password = text.replaceFirst("\\R\\z", "");
      if (password.isEmpty()) {
        throw new StartupProblem("The store password file " + file + " is empty: write it.");
      }
      return password;
    } catch (IOException e) {
      throw new StartupProblem(
          "Cannot read the store password file "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "): check it and its permissions.");
    }
  }

  /** The nearest directory at or above the file's that holds {@code .git}, if any. */
  static Optional<Path> insideGitTree(Path file) {
    for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }
}
