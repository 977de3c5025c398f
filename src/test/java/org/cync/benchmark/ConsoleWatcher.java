package org.cync.benchmark;

import java.time.Duration;
import org.cync.testing.Browser;
import org.cync.testing.CyncServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * With {@code -Dbenchmark.console=true}: a signed-in Chromium that opens the dashboard as each
 * scenario's run starts, so the run's live progress panel polls CYNC (every 3 s) throughout, as an
 * administrator watching would. Its cost shows in the scenario's {@code cpu_s} (CYNC's process
 * only) and {@code wall_s}.
 */
final class ConsoleWatcher implements AutoCloseable {
  private final CyncServer cync;
  private final ChromeDriver browser;

  private ConsoleWatcher(CyncServer cync) {
    this.cync = cync;
    this.browser = Browser.open();
    Browser.signIn(browser, cync.uri("/"));
  }

  static ConsoleWatcher openIfAsked(CyncServer cync) {
    return Boolean.getBoolean("benchmark.console") ? new ConsoleWatcher(cync) : null;
  }

  /** The dashboard, showing the run that has just started (its panel then polls by itself). */
  void showDashboard() {
    browser.get(cync.uri("/").toString());
    CyncServer.await(
        Duration.ofSeconds(30),
        "the dashboard",
        () -> !browser.findElements(By.cssSelector("body")).isEmpty());
  }

  @Override
  public void close() {
    browser.quit();
  }

  @Override
  public String toString() {
    return "Chromium on the dashboard";
  }
}
