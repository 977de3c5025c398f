package org.cync.testing;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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

  /** Opens {@code base} and signs in as the test administrator. */
  public static void signIn(ChromeDriver driver, java.net.URI base) {
    driver.get(base.toString());
    driver
        .findElement(org.openqa.selenium.By.id("login:password"))
        .sendKeys(CyncServer.ADMIN_PASSWORD);
    driver.findElement(org.openqa.selenium.By.id("login:submit")).click();
  }
}
