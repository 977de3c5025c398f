package org.cync.testhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this server was started for CYNC's tests ({@code -Dcync.test-hooks=on}), and the values
 * the tests set then. Read from MicroProfile Config at start only: a production start, which does
 * not name the property, never has them, and no request can change them.
 */
@ApplicationScoped
public class TestHooks {
  private static final Logger LOG = Logger.getLogger(TestHooks.class.getName());
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Inject
  @ConfigProperty(name = "cync.test-hooks", defaultValue = "off")
  String state;

  @Inject
  @ConfigProperty(name = "cync.test.schedule-minute", defaultValue = "PT1M")
  String scheduleMinute;

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (on()) {
      LOG.warning("Test hooks are on (cync.test-hooks=on): this server is for CYNC's tests only.");
    }
  }

  public boolean on() {
    return "on".equals(state);
  }

  /** How long the schedule's minute is: one minute, unless a test made it shorter. */
  public Duration scheduleMinute() {
    if (!on()) {
      return MINUTE;
    }
    Duration d = Duration.parse(scheduleMinute);
    return d.isNegative() || d.isZero() || d.compareTo(MINUTE) > 0 ? MINUTE : d;
  }
}
