package org.cync.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -Dbenchmark.store, and the size of the Derby + H2 store. */
class StoreTest {
  @Test
  void derbyUnlessPostgresqlIsAsked() {
    assertEquals(Store.Kind.DERBY, Store.kind(""));
    assertEquals(Store.Kind.DERBY, Store.kind("derby"));
    assertEquals(Store.Kind.POSTGRESQL, Store.kind("PostgreSQL"));
    assertEquals(Store.Kind.POSTGRESQL, Store.kind("postgres"));
    assertEquals(
        "benchmark.store: derby (the default) or postgresql, not 'h2'",
        assertThrows(IllegalArgumentException.class, () -> Store.kind("h2")).getMessage());
  }

  @Test
  void theDerbyStoreIsTheDerbyAndH2FilesOnly(@TempDir Path data) throws Exception {
    Files.createDirectories(data.resolve("derby/seg0"));
    Files.createDirectories(data.resolve("batch"));
    Files.createDirectories(data.resolve("logs"));
    Files.write(data.resolve("derby/seg0/c10.dat"), new byte[1_048_576]);
    Files.write(data.resolve("batch/jobs.mv.db"), new byte[524_288]);
    Files.write(data.resolve("logs/cync.log.0"), new byte[1_000]);
    Store store = Store.open(Store.Kind.DERBY, data, "t", 1);
    assertEquals(1.5, store.megabytes(), 1e-9);
    assertEquals(0, Store.bytes(data.resolve("none")));
  }

  @Test
  void theSandboxsLiveHeapComesFromJcmdsHeapInfo() {
    assertEquals(
        13_118,
        SandboxProcess.usedKb(
            "8099:\ngarbage-first heap   total reserved 262144K, committed 262144K, used 13118K"
                + " [0x00000000f0000000, 0x0000000100000000)\n region size 1024K"));
    assertEquals(
        524_288, SandboxProcess.usedKb(" garbage-first heap   total 1048576K, used 524288K [0x"));
    assertThrows(IllegalArgumentException.class, () -> SandboxProcess.usedKb("no such pid"));
  }
}
