package org.cync.connection.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A finished Test Connection: when, how long, with which certificate, and its lines. */
public record Checklist(Instant at, long millis, String thumbprint, List<CheckLine> lines) {
  public boolean ok() {
    return lines.stream().noneMatch(CheckLine::isFailed)
        && lines.stream().anyMatch(l -> l.status() == CheckLine.Status.PASSED);
  }

  public Checklist plus(CheckLine line) {
    List<CheckLine> all = new ArrayList<>(lines);
    all.add(line);
    return new Checklist(at, millis, thumbprint, List.copyOf(all));
  }

  public boolean isOk() {
    return ok();
  }

  /**
   * The line above the table, naming skipped checks ({@link ChecklistHeadline}). Not a getter: EL
   * resolves a record's components only, so pages reach it through their beans.
   */
  public String headline() {
    return ChecklistHeadline.of(this);
  }

  public Instant getAt() {
    return at;
  }

  public long getMillis() {
    return millis;
  }

  public String getThumbprint() {
    return thumbprint;
  }

  public List<CheckLine> getLines() {
    return lines;
  }
}
