package org.cync.console;

import java.util.List;

/**
 * The first-start checklist: connect a tenant (or the simulated one), Test Connection, choose
 * targets, a dry run, a first run. Each step is ticked from what CYNC finds (never by a click), so
 * the list tells a newcomer where they are, and it goes once every step is done. A run counts only
 * while a tenant is connected: without one a run reads the sample directory and writes nothing,
 * which proves little. Pure.
 */
public final class FirstSteps {
  /** One step: its sentence, whether it is done, and the page where it is done. */
  public record Step(String text, boolean done, String linkLabel, String link) {
    public String getText() {
      return text;
    }

    public boolean isDone() {
      return done;
    }

    public String getLinkLabel() {
      return linkLabel;
    }

    public String getLink() {
      return link;
    }
  }

  /**
   * @param connected a tenant's connection settings are complete (the simulated one's too)
   * @param testPassed the last Test Connection passed
   * @param targetsChosen the sync settings name target groups, departments or users
   * @param dryRunDone a dry run has ended
   * @param runCompleted a run (not a dry run) has completed
   */
  public record Facts(
      boolean connected,
      boolean testPassed,
      boolean targetsChosen,
      boolean dryRunDone,
      boolean runCompleted) {}

  private FirstSteps() {}

  public static List<Step> of(Facts f) {
    return List.of(
        new Step(
            "Connect your tenant, or try the simulated one",
            f.connected(),
            "Connection",
            "/connection.xhtml"),
        new Step(
            "Run Test Connection until every check passes",
            f.testPassed(),
            "Test Connection",
            "/connection.xhtml"),
        new Step(
            "Choose the target mailboxes (groups, departments or users)",
            f.targetsChosen(),
            "Sync settings",
            "/sync.xhtml"),
        new Step(
            "Start a dry run and look at its plan",
            f.connected() && f.dryRunDone(),
            "The run buttons below",
            "/index.xhtml#runs"),
        new Step(
            "Start a first run and see it complete",
            f.connected() && f.runCompleted(),
            "The run buttons below",
            "/index.xhtml#runs"));
  }

  /** Whether the checklist has done its job and goes from the dashboard. */
  public static boolean done(Facts f) {
    return of(f).stream().allMatch(Step::done);
  }
}
