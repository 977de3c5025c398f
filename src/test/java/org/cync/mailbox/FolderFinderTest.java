package org.cync.mailbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FolderFinderTest {

  @Test
  void aFolderFoundUnderItsKnownIdIsNotLost() {
    assertFalse(FolderFinder.lost("f1", new FolderFinder.Folder("f1", "CYNC", true)));
  }

  @Test
  void aFolderFoundUnderAnotherIdIsLost() {
    assertTrue(FolderFinder.lost("f1", new FolderFinder.Folder("f2", "CYNC", true)));
  }

  @Test
  void aFolderJustMadeIsLostEvenWhenItGotTheKnownIdAgain() {
    assertTrue(FolderFinder.lost("f1", new FolderFinder.Folder("f1", "CYNC", false)));
  }

  @Test
  void nothingIsLostWhenNoFolderWasKnown() {
    assertFalse(FolderFinder.lost(null, new FolderFinder.Folder("f1", "CYNC", false)));
  }
}
