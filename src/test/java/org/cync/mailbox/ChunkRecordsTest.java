package org.cync.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A chunk's records keep their order: what MailboxRecords applies last is what holds. */
class ChunkRecordsTest {

  @Test
  void entriesComeBackInTheOrderTheyWereAdded() {
    ChunkRecords c = new ChunkRecords();
    assertTrue(c.isEmpty());
    c.gone("s1");
    c.created("s1", "c1", "fp1");
    c.written("s2", "c2", "fp2");
    c.photo("s2", "tag");
    assertFalse(c.isEmpty());
    assertEquals(
        List.of(
            new ChunkRecords.Entry(ChunkRecords.Kind.GONE, "s1", null, null),
            new ChunkRecords.Entry(ChunkRecords.Kind.CREATED, "s1", "c1", "fp1"),
            new ChunkRecords.Entry(ChunkRecords.Kind.WRITTEN, "s2", "c2", "fp2"),
            new ChunkRecords.Entry(ChunkRecords.Kind.PHOTO, "s2", null, "tag")),
        c.entries());
  }
}
