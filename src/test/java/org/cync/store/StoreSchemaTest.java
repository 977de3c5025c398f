package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The one line an operator reads when the migration fails at start. */
class StoreSchemaTest {
  @Test
  void failureNamesTheDataDirectoryTheCauseAndWhatToDo() {
    String line =
        StoreSchema.failure(
            new RuntimeException(
                null, new SQLException("Table/View 'X' already exists\n\tat somewhere")));
    assertTrue(line.contains(DataDirectory.path().toAbsolutePath().toString()), line);
    assertTrue(line.contains(": Table/View 'X' already exists. Each step"), line);
    assertTrue(line.contains("start again"), line);
    assertFalse(line.contains("\n"), line);
  }
}
