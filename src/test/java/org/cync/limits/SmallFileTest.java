package org.cync.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallFileTest {
  @TempDir Path dir;

  private static String refusal(Path file) {
    long start = System.nanoTime();
    IOException e = assertThrows(IOException.class, () -> SmallFile.read(file, "The CA file"));
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "took more than 2 s");
    return e.getMessage();
  }

  @Test
  void aSmallFileIsRead() throws IOException {
    Path f = Files.writeString(dir.resolve("ca.pem"), "pem");
    assertArrayEquals("pem".getBytes(), SmallFile.read(f, "The CA file"));
  }

  @Test
  void aDeviceIsRefused() {
    assertEquals(
        "The CA file /dev/zero is not a regular file (a device, a pipe or a directory).",
        refusal(Path.of("/dev/zero")));
  }

  @Test
  void aPipeIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, p.waitFor());
    assertTrue(refusal(fifo).endsWith("is not a regular file (a device, a pipe or a directory)."));
  }

  @Test
  void aDirectoryAndAMissingFileAreRefused() {
    assertTrue(refusal(dir).endsWith("is not a regular file (a device, a pipe or a directory)."));
    assertTrue(refusal(dir.resolve("none.pem")).endsWith("none.pem does not exist."));
  }

  @Test
  void aTwentyMegabyteFileIsRefused() throws IOException {
    Path big = dir.resolve("big.pem");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(20L * 1024 * 1024);
    }
    assertEquals(
        "The CA file " + big + " is larger than 1,048,576 bytes; a certificate file is a few KB.",
        refusal(big));
  }
}
