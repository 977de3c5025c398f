package org.cync.settings;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code /api/installation}: first use of the data directory and the number of starts on it. */
@Path("installation")
@Produces(MediaType.APPLICATION_JSON)
public class InstallationResource {
  @Inject InstallationRecorder recorder;

  @GET
  public Map<String, Object> get() {
    Installation installation = recorder.current();
    return Map.of(
        "installedAt", installation.getInstalledAt().toString(),
        "lastStartedAt", installation.getLastStartedAt().toString(),
        "starts", installation.getStarts());
  }
}
