package org.cync.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    String stored = PasswordHash.hash("correct horse".toCharArray());
    assertTrue(stored.startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$"));
    assertFalse(stored.contains("correct horse"));
    assertTrue(PasswordHash.matches("correct horse".toCharArray(), stored));
    assertFalse(PasswordHash.matches("correct horsE".toCharArray(), stored));
    assertFalse(PasswordHash.matches("".toCharArray(), stored));
  }

  @Test
  void theSameePasswordHashesDifferentlyEachTime() {
    assertNotEquals(PasswordHash.hash("x".toCharArray()), PasswordHash.hash("x".toCharArray()));
  }

  @Test
  void aMalformedStoredHashNeverMatches() {
    assertFalse(PasswordHash.matches("x".toCharArray(), null));
    assertFalse(PasswordHash.matches("x".toCharArray(), "x"));
    assertFalse(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256$10$not base64!$AA"));
    assertFalse(PasswordHash.matches("x".toCharArray(), "md5$1$AA$AA"));
  }
}
