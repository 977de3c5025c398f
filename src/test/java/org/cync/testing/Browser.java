package org.cync.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the driver path given explicitly (Selenium
 * Manager would try to download one) and the flags that work as root on a machine without a
 * network.
 */
public final class Browser {
  private Browser() {}

  public static ChromeDriver open() {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900");
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** A console flow that may throw: checked exceptions pass through {@link #recording}. */
  @FunctionalInterface
  public interface Flow {
    void run(ChromeDriver browser) throws Exception;
  }

  /**
   * Opens a browser, runs the flow and quits; when the flow fails, the page as it was is kept under
   * {@code target/screenshots/} as {@code name-failed.png} and {@code name-failed.html}, so a red
   * CI run shows what the browser saw.
   */
  public static void recording(String name, Flow flow) throws Exception {
    ChromeDriver browser = open();
    try {
      flow.run(browser);
    } catch (Exception | AssertionError e) {
      screenshot(browser, name + "-failed.png");
      Files.writeString(
          Path.of("target", "screenshots", name + "-failed.html"), browser.getPageSource());
      throw e;
    } finally {
      browser.quit();
    }
  }

  /** Saves what the browser shows now as {@code target/screenshots/name}. */
  public static Path screenshot(ChromeDriver browser, String name) throws IOException {
    Path shot = Path.of("target", "screenshots", name);
    Files.createDirectories(shot.getParent());
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        shot,
        StandardCopyOption.REPLACE_EXISTING);
    return shot;
  }

  /**
   * A wait that looks again when the element it reads has been replaced: a Faces answer (ajax
   * update or redirect) swaps the page's elements under a condition that reads them (seen on CI).
   */
  public static WebDriverWait waiting(ChromeDriver browser, int seconds) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Opens {@code base} and signs in as the test administrator. */
  public static void signIn(ChromeDriver driver, java.net.URI base) {
    driver.get(base.toString());
    driver.findElement(org.openqa.selenium.By.id("login:user")).sendKeys("admin");
    driver
        .findElement(org.openqa.selenium.By.id("login:password"))
        .sendKeys(CyncServer.ADMIN_PASSWORD);
    driver.findElement(org.openqa.selenium.By.id("login:submit")).click();
  }
}
