package org.cync.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trusted CA file that is a device or too large is refused at once, naming the field, and without
 * the connection's lock: Test Connection and Reconnect (which hold it) are never held up by a bad
 * file, and the check does not wait for them either.
 */
class ConnectionSaveLimitsTest {
  @TempDir Path dir;
  final InMemoryConnectionStore settings = new InMemoryConnectionStore();
  final Connection connection = new Connection();

  @BeforeEach
  void setUp() {
    connection.settings = settings;
  }

  private static ConnectionSettings caFile(String file) {
    ConnectionSettings in = new ConnectionSettings();
    in.setTrustedCaFile(file);
    return in;
  }

  /** Saves while another thread (a running Test Connection, say) holds the connection's lock. */
  private Map<String, String> saveWhileLocked(ConnectionSettings input) throws Exception {
    synchronized (connection) {
      return CompletableFuture.supplyAsync(() -> connection.save(input)).get(3, TimeUnit.SECONDS);
    }
  }

  @Test
  void devZeroIsRefusedAtOnceWithoutTheLock() throws Exception {
    long start = System.nanoTime();
    Map<String, String> problems = saveWhileLocked(caFile("/dev/zero"));
    assertTrue(
        problems.get("trustedCaFile").contains("/dev/zero is not a regular file"),
        problems.toString());
    assertTrue(System.nanoTime() - start < 2_000_000_000L);
    assertNull(settings.saved.getTrustedCaFile());
  }

  @Test
  void aTwentyMegabyteFileIsRefusedAtOnceWithoutTheLock() throws Exception {
    Path big = dir.resolve("big.pem");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(20L * 1024 * 1024);
    }
    Map<String, String> problems = saveWhileLocked(caFile(big.toString()));
    assertTrue(
        problems.get("trustedCaFile").contains("is larger than 1,048,576 bytes"),
        problems.toString());
    assertTrue(problems.get("trustedCaFile").contains("(trustedCaFile)"));
  }

  @Test
  void aTwentyMegabyteFieldIsRefusedByNameBeforeAnythingIsRead() throws Exception {
    ConnectionSettings in = new ConnectionSettings();
    in.setTenantId("a".repeat(20 * 1024 * 1024));
    Map<String, String> problems = saveWhileLocked(in);
    assertEquals(
        "'Tenant ID' has 20,971,520 characters; CYNC accepts at most 256 here: shorten it.",
        problems.get("tenantId"));
  }

  @Test
  void aNulInAPathIsRefusedByName() throws Exception {
    Map<String, String> problems = saveWhileLocked(caFile("/etc/ssl/ca\u0000.pem"));
    assertTrue(problems.get("trustedCaFile").contains("control character (U+0000)"));
  }

  @Test
  void aGoodSaveStillWorks() {
    ConnectionSettings in = new ConnectionSettings();
    in.setTenantId("8A3C52F0-1B2E-4D8F-9C61-2F0E5B7D9A41");
    in.setClientId("1b2e52f0-8a3c-4d8f-9c61-2f0e5b7d9a41");
    assertEquals(Map.of(), connection.save(in));
    assertEquals("8a3c52f0-1b2e-4d8f-9c61-2f0e5b7d9a41", settings.saved.getTenantId());
  }
}
