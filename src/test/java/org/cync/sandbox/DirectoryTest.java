package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryMutator;
import org.cync.sandbox.tenant.TenantGenerator;
import org.cync.sandbox.tenant.UserSchema;
import org.junit.jupiter.api.Test;

/** The generator is deterministic and mutations take sequence numbers that delta can see. */
class DirectoryTest {
  @Test
  void sameSeedSameTenant() {
    Directory a = TenantGenerator.generate(5, 100, -1, Clock.systemUTC());
    Directory b = TenantGenerator.generate(5, 100, -1, Clock.systemUTC());
    assertEquals(a.tenantId(), b.tenantId());
    List<String> ua =
        a.read(() -> a.allUsers().stream().map(u -> u.id() + u.string("displayName")).toList());
    List<String> ub =
        b.read(() -> b.allUsers().stream().map(u -> u.id() + u.string("displayName")).toList());
    assertEquals(ua, ub);
    assertTrue(ua.stream().anyMatch(s -> !s.matches("\\p{ASCII}*")), "non-ASCII names expected");
  }

  @Test
  void changedUsersAreFoundAfterTheirSequence() {
    Directory d = TenantGenerator.generate(5, 100, -1, Clock.systemUTC());
    long before = d.sequence();
    List<String> changed = new DirectoryMutator(d, 1).changeUsers(10);
    List<String> found =
        d.read(
            () ->
                d.changedAfter(
                    before,
                    d.sequence(),
                    List.of("jobTitle", "department", "mobilePhone", "businessPhones", "id")));
    assertTrue(found.containsAll(changed), found + " vs " + changed);
    List<String> untracked =
        d.read(() -> d.changedAfter(before, d.sequence(), UserSchema.DEFAULT.subList(1, 3)));
    assertTrue(untracked.size() < changed.size());
  }
}
