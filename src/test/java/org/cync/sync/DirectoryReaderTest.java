package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cync.directory.SampleDirectory;
import org.cync.directory.SourceUser;
import org.junit.jupiter.api.Test;

class DirectoryReaderTest {

  private static DirectoryReader reader(String size, String failAt) {
    DirectoryReader reader = new DirectoryReader();
    reader.sampleSize = size;
    reader.failAtItem = failAt;
    reader.directory = "sample";
    return reader;
  }

  @Test
  void readsEveryUserOnceThenEnds() throws Exception {
    DirectoryReader reader = reader("3", null);
    reader.open(null);
    assertEquals(SampleDirectory.user(1), reader.readItem());
    assertEquals(SampleDirectory.user(2), reader.readItem());
    assertEquals(SampleDirectory.user(3), reader.readItem());
    assertNull(reader.readItem());
    assertEquals(new DirectoryCheckpoint(3), reader.checkpointInfo());
  }

  @Test
  void resumesAfterItsCheckpoint() throws Exception {
    DirectoryReader reader = reader("10", null);
    reader.open(new DirectoryCheckpoint(7));
    SourceUser next = (SourceUser) reader.readItem();
    assertEquals(SampleDirectory.user(8), next);
  }

  @Test
  void failsAtTheRequestedUserAndResumesThereAfterARestart() throws Exception {
    DirectoryReader reader = reader("10", "3");
    reader.open(null);
    reader.readItem();
    reader.readItem();
    IllegalStateException failure = assertThrows(IllegalStateException.class, reader::readItem);
    assertEquals("Simulated failure at directory user 3 (failAtItem)", failure.getMessage());

    DirectoryReader restarted = reader("10", null);
    restarted.open(new DirectoryCheckpoint(2));
    assertEquals(SampleDirectory.user(3), restarted.readItem());
  }
}
