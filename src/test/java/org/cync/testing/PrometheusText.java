package org.cync.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser of Prometheus' text exposition format 0.0.4 (what {@code /metrics} answers), for
 * tests. Own code because no Java library in reach parses it (the Prometheus Java client only
 * writes it): every line must be a comment, a HELP or TYPE line, or a well-formed sample whose
 * family was declared by a TYPE line; anything else fails the parse with the line.
 */
public final class PrometheusText {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final Pattern TYPE =
      Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ")( .*)?");
  private static final Pattern SAMPLE =
      Pattern.compile("(" + NAME + ")(\\{(.*)\\})? (\\S+)( -?\\d+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\[\\\\\"n])*)\"(,|$)");

  /** One sample line. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private final Map<String, String> types = new HashMap<>();
  private final List<Sample> samples = new ArrayList<>();

  private PrometheusText() {}

  public static PrometheusText parse(String text) {
    PrometheusText p = new PrometheusText();
    int n = 0;
    for (String line : text.split("\n", -1)) {
      n++;
      p.line(line, n);
    }
    return p;
  }

  private void line(String line, int n) {
    if (line.isEmpty()) {
      return;
    }
    Matcher m;
    if ((m = TYPE.matcher(line)).matches()) {
      if (types.put(m.group(1), m.group(2)) != null) {
        throw bad(n, line, "second TYPE line for " + m.group(1));
      }
    } else if (HELP.matcher(line).matches() || line.startsWith("#")) {
      return;
    } else if ((m = SAMPLE.matcher(line)).matches()) {
      String name = m.group(1);
      if (family(name).isEmpty()) {
        throw bad(n, line, "sample without a TYPE line");
      }
      samples.add(new Sample(name, labels(m.group(3), n, line), value(m.group(4), n, line)));
    } else {
      throw bad(n, line, "neither a comment nor a sample");
    }
  }

  private Optional<String> family(String name) {
    if (types.containsKey(name)) {
      return Optional.of(name);
    }
    for (String suffix : List.of("_total", "_count", "_sum", "_bucket", "_created", "_max")) {
      if (name.endsWith(suffix)) {
        String base = name.substring(0, name.length() - suffix.length());
        if (types.containsKey(base)) {
          return Optional.of(base);
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> labels(String text, int n, String line) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return labels;
    }
    Matcher m = LABEL.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!m.find(at) || m.start() != at) {
        throw bad(n, line, "malformed labels");
      }
      labels.put(m.group(1), m.group(2).replace("\\\"", "\"").replace("\\n", "\n"));
      at = m.end();
    }
    return labels;
  }

  private static double value(String v, int n, String line) {
    return switch (v) {
      case "NaN" -> Double.NaN;
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> {
        try {
          yield Double.parseDouble(v);
        } catch (NumberFormatException e) {
          throw bad(n, line, "value is not a number");
        }
      }
    };
  }

  private static IllegalArgumentException bad(int n, String line, String why) {
    return new IllegalArgumentException("line " + n + ": " + why + ": " + line);
  }

  public List<Sample> samples() {
    return samples;
  }

  /** The TYPE of a family, e.g. "counter". */
  public Optional<String> type(String family) {
    return Optional.ofNullable(types.get(family));
  }

  /** The value of the one sample with this name and these labels (others may be present too). */
  public Optional<Double> value(String name, Map<String, String> labels) {
    List<Sample> found =
        samples.stream()
            .filter(s -> s.name().equals(name))
            .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
            .toList();
    if (found.size() > 1) {
      throw new IllegalStateException(found.size() + " samples " + name + labels);
    }
    return found.stream().findFirst().map(Sample::value);
  }
}
