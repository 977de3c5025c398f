package org.cync.store;

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
 * Makes a directory tree readable by its owner only: directories 700, files 600. Java cannot set a
 * umask, and H2 and Payara create their files with the process's (often 644), so the tree is walked
 * again from time to time ({@link PrivateDataDirectory}). Symbolic links are not followed; a file
 * that vanishes during the walk (a store's temporary file) is skipped. The launcher has a copy of
 * this walk, because it may use nothing of the WAR.
 */
public final class PrivateFiles {
  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private PrivateFiles() {}

  /** Whether this file system has POSIX permissions at all (Windows: the directory's ACL rules). */
  public static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Tightens {@code root} and everything in it; returns how many had looser permissions. */
  public static int tighten(Path root) throws IOException {
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

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
    return changed[0];
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
