package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import org.junit.jupiter.api.Test;

class BatchConflictsTest {

  @Test
  void everyRefusalOfTheRuntimeSaysWhatToDo() {
    assertEquals(
        "Run with executionId 5 was already restarted or approved; restart or approve the newest"
            + " run of it (GET /api/runs lists them).",
        BatchConflicts.message(new JobExecutionNotMostRecentException("x"), 5L));
    assertTrue(
        BatchConflicts.message(new JobExecutionAlreadyCompleteException("x"), 5L)
            .contains("Start a new run"));
    assertTrue(
        BatchConflicts.message(new JobExecutionIsRunningException("x"), 5L)
            .contains("still running"));
    assertEquals(
        "Run with executionId 5 does not exist.",
        BatchConflicts.message(new NoSuchJobExecutionException("x"), 5L));
  }

  @Test
  void aFaultIsNotAConflict() {
    assertTrue(
        BatchConflicts.message(new BatchRuntimeException("disk full"), (Long) null).isEmpty());
  }
}
