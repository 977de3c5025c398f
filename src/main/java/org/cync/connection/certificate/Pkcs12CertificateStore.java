package org.cync.connection.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key store on Linux: a PKCS12 file in the data directory, readable only by the service account
 * (mode 600), opened with a password CYNC is given but never stores. The file is read on every call
 * (it is small and used about once an hour) and replaced atomically on every change, so a crash
 * never leaves half a key store behind.
 */
public final class Pkcs12CertificateStore implements CertificateStore {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private final Path file;
  private final char[] password;

  public Pkcs12CertificateStore(Path file, char[] password) {
    this.file = file.toAbsolutePath();
    this.password = password == null ? null : password.clone();
  }

  @Override
  public String describe() {
    return "PKCS12 file " + file;
  }

  @Override
  public synchronized List<StoredCertificate> list() throws CertificateProblem {
    try {
      return KeyStoreEntries.list(load());
    } catch (GeneralSecurityException e) {
      throw unreadable(e);
    }
  }

  @Override
  public synchronized Optional<StoredCertificate> find(String thumbprint)
      throws CertificateProblem {
    return list().stream().filter(c -> c.thumbprint().equals(thumbprint)).findFirst();
  }

  @Override
  public synchronized String install(PrivateKey key, X509Certificate certificate)
      throws CertificateProblem {
    KeyStoreEntries.checkPair(key, certificate);
    KeyStore ks = load();
    String thumbprint = Thumbprint.sha1(certificate);
    try {
      ks.setKeyEntry(thumbprint, key, password, new Certificate[] {certificate});
    } catch (GeneralSecurityException e) {
      throw new CertificateProblem(
          "Could not add certificate " + thumbprint + " to " + describe() + ": " + e.getMessage(),
          e);
    }
    write(ks);
    return thumbprint;
  }

  @Override
  public synchronized void remove(String thumbprint) throws CertificateProblem {
    KeyStore ks = load();
    try {
      String alias = KeyStoreEntries.aliasOf(ks, thumbprint);
      if (alias == null) {
        throw new CertificateProblem(KeyStoreEntries.notFound(thumbprint, describe()));
      }
      ks.deleteEntry(alias);
    } catch (GeneralSecurityException e) {
      throw unreadable(e);
    }
    write(ks);
  }

  @Override
  public synchronized byte[] signSha256WithRsa(String thumbprint, byte[] data)
      throws CertificateProblem {
    KeyStore ks = load();
    try {
      return KeyStoreEntries.signWith(ks, password, thumbprint, data, describe());
    } catch (GeneralSecurityException e) {
      throw new CertificateProblem(
          "Could not sign with certificate "
              + thumbprint
              + " in "
              + describe()
              + " ("
              + e.getMessage()
              + "): generate or import the certificate again.",
          e);
    }
  }

  private KeyStore load() throws CertificateProblem {
    if (password == null || password.length == 0) {
      throw new CertificateProblem(
          "No key store password is set for "
              + file
              + ": set cync.keystore.password (or CYNC_KEYSTORE_PASSWORD) before CYNC starts.");
    }
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      if (!Files.exists(file)) {
        ks.load(null, null);
        return ks;
      }
      try (InputStream in = Files.newInputStream(file)) {
        ks.load(in, password);
      }
      return ks;
    } catch (AccessDeniedException | NoSuchFileException e) {
      throw new CertificateProblem(
          "CYNC may not read "
              + file
              + ": give the account CYNC runs as read and write access to it (mode 600).",
          e);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new CertificateProblem(
            "The key store password does not open "
                + file
                + ": set cync.keystore.password to the password it was created with.",
            e);
      }
      throw unreadable(e);
    } catch (GeneralSecurityException e) {
      throw unreadable(e);
    }
  }

  private void write(KeyStore ks) throws CertificateProblem {
    Path dir = file.getParent();
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      FileAttribute<?>[] attrs =
          posix
              ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
              : new FileAttribute<?>[0];
      tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp", attrs);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(ch)) {
        ks.store(out, password);
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
      if (posix && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new CertificateProblem(
          "Could not write "
              + file
              + " ("
              + e
              + "): give the account CYNC runs as write access to "
              + dir
              + " and check that the disk is not full.",
          e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write already failed; that is the problem worth reporting
        }
      }
    }
  }

  private CertificateProblem unreadable(Exception e) {
    return new CertificateProblem(
        "The key store "
            + file
            + " cannot be read ("
            + e.getMessage()
            + "): restore it from a backup, or move it away and generate a new certificate.",
        e);
  }
}
