package org.cync.trial;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Saves the simulated tenant to the data directory once it has been quiet for 5 s after a change (a
 * run, a directory edit), so a restart of CYNC finds its mailboxes as CYNC's records say they are.
 * The last save happens at shutdown ({@link SimulatedTenant#close}).
 */
@Singleton
public class SimulatedTenantSaver {
  @Inject SimulatedTenant tenant;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void saveIfChanged() {
    tenant.saveIfChanged();
  }
}
