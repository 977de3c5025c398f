package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cync.directory.SampleDirectory;
import org.cync.directory.SourceUser;
import org.junit.jupiter.api.Test;

class DirectoryUserProcessorTest {
  private final DirectoryUserProcessor processor = new DirectoryUserProcessor();

  @Test
  void everyExistingUserIsKeptAsReadDisabledOnesToo() {
    SourceUser disabled = SampleDirectory.user(10);
    assertEquals(false, disabled.accountEnabled());
    assertEquals(new MirrorChange.Keep(disabled), processor.processItem(disabled));
    assertEquals(
        new MirrorChange.Keep(SampleDirectory.user(3)),
        processor.processItem(SampleDirectory.user(3)));
  }

  @Test
  void aRemovedUserIsForgottenWithTheReason() {
    assertEquals(
        new MirrorChange.Forget("u3", "removed from the directory (deleted)"),
        processor.processItem(SourceUser.removed("u3", "deleted")));
  }

  @Test
  void theRoundEndPassesThroughAndAnythingElseIsABug() {
    RoundEnd end = new RoundEnd("https://graph/delta?token=1", true);
    assertEquals(end, processor.processItem(end));
    assertThrows(IllegalArgumentException.class, () -> processor.processItem("x"));
  }
}
