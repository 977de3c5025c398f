package org.cync.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Before Payara boots: the data directory (names, phones and addresses of every employee, the
 * certificate's key) becomes readable by the service account only, directories 700 and files 600,
 * repairing what an operator loosened. A copy of the WAR's {@code org.cync.store.PrivateFiles}: the
 * launcher runs outside the WAR and may use nothing of it.
 */
final class PrivateDataFiles {
  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private PrivateDataFiles() {}

  static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Tightens {@code root} and everything in it; returns how many had looser permissions. */
  static int tighten(Path root) throws IOException {
    if (!posix() || !Files.isDirectory(root)) {
      return 0;
    }
    int[] changed = {0};
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            changed[0] += set(dir, DIRECTORY);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (attrs.isRegularFile()) {
              changed[0] += set(file, FILE);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return changed[0];
  }

  /** A directory CYNC has just created: owner-only from the start, so it is no repair. */
  static void restrict(Path dir) throws IOException {
    if (posix()) {
      Files.setPosixFilePermissions(dir, DIRECTORY);
    }
  }

  private static int set(Path p, Set<PosixFilePermission> wanted) throws IOException {
    try {
      if (Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
        return 0;
      }
      Files.setPosixFilePermissions(p, wanted);
      return 1;
    } catch (NoSuchFileException gone) {
      return 0;
    }
  }
}
