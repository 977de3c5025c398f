package org.cync.connection.check;

/** One line of the Test Connection checklist. */
public record CheckLine(String name, Status status, String detail) {
  public enum Status {
    PASSED,
    WARNING,
    FAILED,
    SKIPPED
  }

  public static CheckLine passed(String name, String detail) {
    return new CheckLine(name, Status.PASSED, detail);
  }

  public static CheckLine warning(String name, String detail) {
    return new CheckLine(name, Status.WARNING, detail);
  }

  public static CheckLine failed(String name, String detail) {
    return new CheckLine(name, Status.FAILED, detail);
  }

  public static CheckLine skipped(String name, String detail) {
    return new CheckLine(name, Status.SKIPPED, detail);
  }

  public boolean isFailed() {
    return status == Status.FAILED;
  }

  /** For pages (EL reads bean getters, not record accessors). */
  public String getName() {
    return name;
  }

  public String getStatus() {
    return status.name();
  }

  public String getDetail() {
    return detail;
  }
}
