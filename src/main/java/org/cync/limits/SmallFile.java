package org.cync.limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a file an administrator named in the settings (a CA certificate, a key store): a regular
 * file only (not {@code /dev/zero}, a pipe or a directory), at most {@link #MAX_BYTES}, within
 * {@link #TIMEOUT} (a hung network share must not hang the caller). Each read runs on a thread of
 * its own so that the caller can give up; the JDK has no timed file read.
 */
public final class SmallFile {
  public static final int MAX_BYTES = 1024 * 1024;
  public static final Duration TIMEOUT = Duration.ofSeconds(5);

  private SmallFile() {}

  /** The whole file; {@code label} names it in the message, like "The trusted CA file". */
  public static byte[] read(Path file, String label) throws IOException {
    return read(file, label, MAX_BYTES, TIMEOUT);
  }

  static byte[] read(Path file, String label, int maxBytes, Duration timeout) throws IOException {
    CompletableFuture<byte[]> read = new CompletableFuture<>();
    Thread reader =
        Thread.ofPlatform()
            .daemon()
            .name("cync-file-read")
            .start(
                () -> {
                  try {
                    read.complete(readNow(file, label, maxBytes));
                  } catch (IOException | RuntimeException e) {
                    read.completeExceptionally(e);
                  }
                });
    try {
      return read.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reader.interrupt();
      throw new IOException(
          label + " " + file + " could not be read within " + timeout.toSeconds() + " s.");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(label + " " + file + ": reading it was interrupted.");
    }
  }

  private static byte[] readNow(Path file, String label, int maxBytes) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException(label + " " + file + " does not exist.");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          label + " " + file + " is not a regular file (a device, a pipe or a directory).");
    }
    if (Files.size(file) > maxBytes) {
      throw tooLarge(file, label, maxBytes);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(maxBytes + 1); // it may have grown since
      if (bytes.length > maxBytes) {
        throw tooLarge(file, label, maxBytes);
      }
      return bytes;
    }
  }

  private static IOException tooLarge(Path file, String label, int maxBytes) {
    return new IOException(
        label
            + " "
            + file
            + " is larger than "
            + String.format("%,d", maxBytes)
            + " bytes; a certificate file is a few KB.");
  }
}
