package org.cync.trial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cync.store.DataDirectory;

/**
 * The simulated tenant's file in the data directory (gzip'd JSON snapshot), so its mailboxes and
 * directory changes survive a restart of CYNC. Written whole (temp file + atomic move, mode 600);
 * bounded both ways; a file that cannot be read is set aside with a clear log line, never a failed
 * start.
 */
final class TenantFile {
  private static final Logger LOG = Logger.getLogger(TenantFile.class.getName());

  /** Uncompressed snapshots above this are not written (a tenant of 100,000 users is ~150 MB). */
  static final long MAX_BYTES = 512L * 1024 * 1024;

  private final Path file;

  TenantFile(Path file) {
    this.file = file;
  }

  static TenantFile inDataDirectory() {
    return new TenantFile(
        DataDirectory.path()
            .toAbsolutePath()
            .resolve("simulated-tenant")
            .resolve("tenant.json.gz"));
  }

  Path path() {
    return file;
  }

  /** Writes the snapshot; false (and a log line) when it is too large to keep. */
  boolean save(byte[] snapshot) {
    if (snapshot.length > MAX_BYTES) {
      LOG.warning(
          () ->
              "The simulated tenant is too large to save ("
                  + snapshot.length / (1024 * 1024)
                  + " MB, at most "
                  + MAX_BYTES / (1024 * 1024)
                  + " MB): after a restart its mailboxes will be empty.");
      return false;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(snapshot.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DataDirectory.writePrivate(file, out.toByteArray());
    return true;
  }

  /** The saved snapshot, or empty when there is none or it cannot be read (then set aside). */
  Optional<byte[]> load() {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] data = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
      if (data.length > MAX_BYTES) {
        throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
      }
      return Optional.of(data);
    } catch (NoSuchFileException none) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      setAside("cannot be read (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  /** Moves an unusable file to {@code tenant.json.gz.corrupt} and says so in the log. */
  void setAside(String why) {
    Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
    try {
      Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      aside = file;
    }
    Path kept = aside;
    LOG.warning(
        () ->
            "The saved simulated tenant "
                + why
                + ": it starts afresh from its recipe (same users, empty mailboxes). The file is"
                + " kept as "
                + kept);
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
