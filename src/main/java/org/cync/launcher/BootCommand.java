package org.cync.launcher;

import java.util.List;

/** One asadmin command of a boot command file, with where it came from for error messages. */
public record BootCommand(String name, List<String> arguments, String source, int line) {

  public String[] argumentArray() {
    return arguments.toArray(String[]::new);
  }

  /** The command as written, for messages. */
  public String text() {
    return arguments.isEmpty() ? name : name + " " + String.join(" ", arguments);
  }
}
