package org.cync.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cync.store.DataDirectory;

/**
 * The SMTP password, kept like the key store password: a file of the data directory readable by
 * CYNC's user only ({@code smtp-password}, mode 600), never in Derby, logs or API answers.
 */
final class SmtpPassword {
  static final String FILE = "smtp-password";
  private final Path file;

  SmtpPassword(Path dataDir) {
    this.file = dataDir.resolve(FILE);
  }

  static SmtpPassword inDataDirectory() {
    return new SmtpPassword(DataDirectory.path());
  }

  boolean isSet() {
    return Files.exists(file);
  }

  char[] read() {
    try {
      return isSet() ? Files.readString(file, StandardCharsets.UTF_8).toCharArray() : new char[0];
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Saves it; an empty password removes the file. */
  void write(String password) {
    try {
      if (password.isEmpty()) {
        Files.deleteIfExists(file);
      } else {
        DataDirectory.writePrivate(file, password.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
