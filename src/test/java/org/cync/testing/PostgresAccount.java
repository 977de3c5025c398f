package org.cync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who runs the test's PostgreSQL: the current user, or, when the tests run as root (CI machines,
 * containers), a system account, because initdb and postgres refuse to run as root. Debian's {@code
 * postgresql} package creates the account {@code postgres}; without it, {@code nobody}. Every
 * command goes through {@code setpriv} (util-linux, on every Debian), which also sets the
 * parent-death signal: when the JVM dies, even by {@code kill -9}, the server gets SIGINT (fast
 * shutdown) instead of living on.
 */
record PostgresAccount(Optional<String> user, Optional<String> group) {

  static PostgresAccount current() {
    if (!"0".equals(run("id", "-u"))) {
      return new PostgresAccount(Optional.empty(), Optional.empty());
    }
    for (String name : List.of("postgres", "nobody")) {
      if (exists(name)) {
        return new PostgresAccount(Optional.of(name), Optional.of(run("id", "-gn", name)));
      }
    }
    throw new AssertionError("the tests run as root and there is no postgres or nobody account");
  }

  /** The command run as this account, ended with SIGINT when the JVM (its parent) dies. */
  List<String> command(List<String> command) {
    List<String> full = new ArrayList<>(List.of("setpriv", "--pdeathsig", "INT"));
    user.ifPresent(u -> full.addAll(List.of("--reuid=" + u, "--regid=" + group.orElseThrow())));
    user.ifPresent(u -> full.add("--clear-groups"));
    full.addAll(command);
    return full;
  }

  /** Gives a directory or file the server writes to this account, owner-only. */
  void own(Path path, boolean directory) throws IOException {
    Files.setPosixFilePermissions(
        path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
    if (user.isPresent()) {
      UserPrincipalLookupService names = path.getFileSystem().getUserPrincipalLookupService();
      PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
      view.setOwner(names.lookupPrincipalByName(user.get()));
      view.setGroup(names.lookupPrincipalByGroupName(group.orElseThrow()));
    }
  }

  /**
   * Fails with the fix when the account cannot write {@code dir}, e.g. a checkout under {@code
   * /root} (mode 700) that {@code postgres} cannot enter.
   */
  void requireWritable(Path dir) {
    try {
      run(command(List.of("test", "-w", dir.toString())).toArray(String[]::new));
    } catch (AssertionError e) {
      throw new AssertionError(
          "The account "
              + user.orElse("running the tests")
              + " cannot write "
              + dir
              + ": give it search permission on every parent directory (chmod o+x), or run the"
              + " tests as a user other than root.");
    }
  }

  private static boolean exists(String name) {
    try {
      return new ProcessBuilder("id", "-u", name).start().waitFor() == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
