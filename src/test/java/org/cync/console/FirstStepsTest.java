package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstStepsTest {

  private static List<Boolean> ticks(FirstSteps.Facts f) {
    return FirstSteps.of(f).stream().map(FirstSteps.Step::done).toList();
  }

  @Test
  void aNewInstallationHasEveryStepOpen() {
    FirstSteps.Facts none = new FirstSteps.Facts(false, false, false, false, false);
    assertEquals(List.of(false, false, false, false, false), ticks(none));
    assertFalse(FirstSteps.done(none));
  }

  @Test
  void eachStepIsTickedFromItsOwnFact() {
    assertEquals(
        List.of(true, false, false, false, false),
        ticks(new FirstSteps.Facts(true, false, false, false, false)));
    assertEquals(
        List.of(true, true, false, false, false),
        ticks(new FirstSteps.Facts(true, true, false, false, false)));
    assertEquals(
        List.of(false, false, true, false, false),
        ticks(new FirstSteps.Facts(false, false, true, false, false)));
    assertEquals(
        List.of(true, true, true, true, false),
        ticks(new FirstSteps.Facts(true, true, true, true, false)));
  }

  @Test
  void aRunOnTheSampleDirectoryWithoutATenantDoesNotCount() {
    assertEquals(
        List.of(false, false, false, false, false),
        ticks(new FirstSteps.Facts(false, false, false, true, true)));
  }

  @Test
  void theChecklistGoesOnlyWhenEveryStepIsDone() {
    assertTrue(FirstSteps.done(new FirstSteps.Facts(true, true, true, true, true)));
    assertFalse(FirstSteps.done(new FirstSteps.Facts(true, true, true, false, true)));
  }

  @Test
  void noStepReadsLikeAButtonAViewerMustNotBeOffered() {
    // SecurityIT looks for the start buttons' labels on a Viewer's dashboard.
    for (FirstSteps.Step s :
        FirstSteps.of(new FirstSteps.Facts(false, false, false, false, false))) {
      for (String button : List.of("Start a run", "Dry run", "Full reconcile")) {
        assertFalse(
            s.text().contains(button) || s.linkLabel().contains(button), s + " reads " + button);
      }
    }
  }

  @Test
  void everyStepLinksToWhereItIsDone() {
    List<String> links =
        FirstSteps.of(new FirstSteps.Facts(false, false, false, false, false)).stream()
            .map(FirstSteps.Step::link)
            .toList();
    assertEquals(
        List.of(
            "/connection.xhtml",
            "/connection.xhtml",
            "/sync.xhtml",
            "/index.xhtml#runs",
            "/index.xhtml#runs"),
        links);
  }
}
