package org.cync.trial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells the console's menu whether to show the tryout pages (only while the simulated tenant is
 * on).
 */
@Named
@RequestScoped
public class TryoutMenu {
  @Inject SimulatedTenant tenant;

  public boolean isOn() {
    return tenant.isRunning();
  }
}
