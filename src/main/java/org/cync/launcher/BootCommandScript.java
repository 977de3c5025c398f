package org.cync.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a boot command file the way CYNC's files are written: one command per line, {@code #}
 * comments, words separated by blanks, {@code ${name}} replaced from the given lookup. An unknown
 * variable is an error, not an empty string, so a store never lands in a directory nobody chose.
 */
public final class BootCommandScript {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

  private BootCommandScript() {}

  public static List<BootCommand> parse(
      String text, String source, UnaryOperator<String> variables) {
    List<BootCommand> commands = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> words = List.of(expand(line, source, i + 1, variables).split("\\s+"));
      commands.add(new BootCommand(words.get(0), words.subList(1, words.size()), source, i + 1));
    }
    return commands;
  }

  private static String expand(
      String line, String source, int lineNumber, UnaryOperator<String> variables) {
    Matcher matcher = VARIABLE.matcher(line);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String value = variables.apply(matcher.group(1));
      if (value == null) {
        throw new StartupProblem(
            source
                + " line "
                + lineNumber
                + ": ${"
                + matcher.group(1)
                + "} is not set; fix the file or set it.");
      }
      matcher.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    return matcher.appendTail(result).toString();
  }
}
