package org.cync.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a boot command file the way CYNC's files are written: one command per line, {@code #}
 * comments, words separated by blanks, {@code ${name}} replaced from the given lookup within its
 * word (a value with blanks stays one argument; inside {@code --property=} it is escaped for
 * asadmin). An unknown variable is an error, not an empty string, so a store never lands in a
 * directory nobody chose.
 */
public final class BootCommandScript {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

  private static final String PROPERTY = "--property=";

  private BootCommandScript() {}

  /**
   * A value made safe inside asadmin's {@code --property=a=1:b=2}, where {@code : = ;} separate and
   * a backslash escapes: a Windows data directory ({@code C:\ProgramData\CYNC\data}) would
   * otherwise end the property at its drive letter.
   */
  static String escapedForProperty(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (char c : value.toCharArray()) {
      if (c == '\\' || c == ':' || c == '=' || c == ';') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  public static List<BootCommand> parse(
      String text, String source, UnaryOperator<String> variables) {
    List<BootCommand> commands = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String word : line.split("\\s+")) {
        words.add(expand(word, source, i + 1, variables));
      }
      commands.add(new BootCommand(words.get(0), words.subList(1, words.size()), source, i + 1));
    }
    return commands;
  }

  private static String expand(
      String word, String source, int lineNumber, UnaryOperator<String> variables) {
    Matcher matcher = VARIABLE.matcher(word);
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
      matcher.appendReplacement(
          result,
          Matcher.quoteReplacement(word.startsWith(PROPERTY) ? escapedForProperty(value) : value));
    }
    return matcher.appendTail(result).toString();
  }
}
