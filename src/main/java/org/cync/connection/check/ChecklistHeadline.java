package org.cync.connection.check;

import java.util.List;

/**
 * The one line above a Test Connection's table: "All checks passed" only says so when every check
 * ran, so a skipped mailbox check is named instead of hidden ("All checks passed; 1 skipped
 * (Mailbox read: no mailbox to test: ...)"). Pure.
 */
public final class ChecklistHeadline {
  private ChecklistHeadline() {}

  public static String of(Checklist c) {
    if (!c.ok()) {
      long failed = c.lines().stream().filter(CheckLine::isFailed).count();
      return "Something needs fixing: " + failed + " failed";
    }
    List<CheckLine> skipped = with(c, CheckLine.Status.SKIPPED);
    List<CheckLine> warnings = with(c, CheckLine.Status.WARNING);
    StringBuilder out = new StringBuilder("All checks passed");
    if (!warnings.isEmpty()) {
      out.append("; ")
          .append(warnings.size())
          .append(warnings.size() == 1 ? " warning" : " warnings");
    }
    if (!skipped.isEmpty()) {
      out.append("; ").append(skipped.size()).append(" skipped (");
      out.append(
          String.join("; ", skipped.stream().map(l -> l.name() + ": " + l.detail()).toList()));
      out.append(")");
    }
    return out.toString();
  }

  private static List<CheckLine> with(Checklist c, CheckLine.Status status) {
    return c.lines().stream().filter(l -> l.status() == status).toList();
  }
}
