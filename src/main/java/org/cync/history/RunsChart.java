package org.cync.history;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The history page's chart of the last runs: writes (bars) and duration (a line, on its own axis),
 * oldest on the left. PrimeFaces 15's {@code p:chart} takes a Chart.js configuration as JSON; Gson
 * (already used) writes it. Pure.
 */
final class RunsChart {
  private RunsChart() {}

  static String json(List<RunSummary> newestFirst) {
    List<RunSummary> runs = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(runs);
    JsonArray labels = new JsonArray();
    JsonArray writes = new JsonArray();
    JsonArray seconds = new JsonArray();
    for (RunSummary r : runs) {
      labels.add("Run " + r.getRunNumber());
      writes.add(r.getCreated() + r.getUpdated() + r.getDeleted());
      seconds.add(
          r.getEnded() == null ? 0 : Duration.between(r.getStarted(), r.getEnded()).toSeconds());
    }
    JsonObject data = new JsonObject();
    data.add("labels", labels);
    JsonArray datasets = new JsonArray();
    datasets.add(dataset("bar", "Writes", writes, "y", "rgba(54, 162, 235, 0.6)"));
    datasets.add(dataset("line", "Duration (s)", seconds, "y1", "rgb(255, 99, 132)"));
    data.add("datasets", datasets);
    JsonObject scales = new JsonObject();
    scales.add("y", axis("left", "Writes"));
    JsonObject right = axis("right", "Seconds");
    JsonObject grid = new JsonObject();
    grid.addProperty("drawOnChartArea", false);
    right.add("grid", grid);
    scales.add("y1", right);
    JsonObject options = new JsonObject();
    options.addProperty("responsive", true);
    options.add("scales", scales);
    JsonObject chart = new JsonObject();
    chart.addProperty("type", "bar");
    chart.add("data", data);
    chart.add("options", options);
    return chart.toString();
  }

  private static JsonObject dataset(
      String type, String label, JsonArray values, String axis, String color) {
    JsonObject d = new JsonObject();
    d.addProperty("type", type);
    d.addProperty("label", label);
    d.add("data", values);
    d.addProperty("yAxisID", axis);
    d.addProperty("backgroundColor", color);
    d.addProperty("borderColor", color);
    return d;
  }

  private static JsonObject axis(String position, String title) {
    JsonObject a = new JsonObject();
    a.addProperty("type", "linear");
    a.addProperty("position", position);
    a.addProperty("beginAtZero", true);
    JsonObject t = new JsonObject();
    t.addProperty("display", true);
    t.addProperty("text", title);
    a.add("title", t);
    return a;
  }
}
