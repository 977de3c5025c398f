package org.cync.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.cync.health.StoresReadiness;
import org.cync.settings.Installation;
import org.cync.settings.InstallationRecorder;
import org.cync.store.DataDirectory;
import org.eclipse.microprofile.health.Readiness;

/**
 * Backs the About page: the installation's own facts (versions, data directory, first start,
 * starts, the two stores), which a support call needs but the daily work does not, so they left the
 * dashboard. Read-only: Viewers see it too.
 */
@Named
@RequestScoped
public class AboutView {
  /** Written into the WAR by the maven-war-plugin. */
  static final String POM_PROPERTIES = "/META-INF/maven/org.cync/cync/pom.properties";

  /** The health check's store keys, as a person names them. */
  static final Map<String, String> STORE_NAMES =
      Map.of(
          "derby", "Application store (Derby)",
          "h2-batch-repository", "Batch job repository (H2)");

  @Inject InstallationRecorder installation;
  @Inject @Readiness StoresReadiness stores;
  @Inject org.cync.time.AdminZone zone;

  public Installation getInstallation() {
    return installation.current();
  }

  /** When this data directory was first used. */
  public String getInstalledAt() {
    return zone.at(installation.current().getInstalledAt());
  }

  public String getLastStartedAt() {
    return zone.at(installation.current().getLastStartedAt());
  }

  /** Each store by its name, UP or why it is down. */
  public Map<String, String> getStores() {
    Map<String, String> out = new LinkedHashMap<>();
    stores
        .call()
        .getData()
        .orElse(Map.of())
        .forEach((k, v) -> out.put(STORE_NAMES.getOrDefault(k, k), String.valueOf(v)));
    return out;
  }

  /** CYNC's version, the server's and Java's. */
  public Map<String, String> getVersions() {
    ServletContext servlet =
        (ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext();
    Map<String, String> out = new LinkedHashMap<>();
    out.put("CYNC", cyncVersion(servlet));
    out.put("Server", servlet.getServerInfo());
    out.put("Java", System.getProperty("java.vendor") + " " + Runtime.version());
    return out;
  }

  public String getDataDirectory() {
    return DataDirectory.path().toAbsolutePath().normalize().toString();
  }

  static String cyncVersion(ServletContext servlet) {
    try (InputStream in = servlet.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return "unknown (not built by Maven)";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
