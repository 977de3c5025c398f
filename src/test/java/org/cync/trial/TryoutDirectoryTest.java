package org.cync.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cync.audit.AuditTrail;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.tenant.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Directory page's changes reach the sandbox directory as users/delta reports them, audited.
 */
class TryoutDirectoryTest {
  final GraphSandbox sandbox = GraphSandbox.builder().users(30).seed(3).build();
  final List<String> audited = new ArrayList<>();
  final TryoutDirectory directory = new TryoutDirectory();

  TryoutDirectoryTest() {
    directory.tenant =
        new SimulatedTenant() {
          @Override
          synchronized Optional<GraphSandbox> sandbox() {
            return Optional.of(sandbox);
          }

          @Override
          public boolean isRunning() {
            return true;
          }
        };
    directory.audit =
        new AuditTrail() {
          @Override
          public void record(String action, String detail) {
            audited.add(action + ": " + detail);
          }
        };
  }

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void aChangedMobileNumberShowsInUsersDeltaAndTheAudit() {
    Directory d = sandbox.directory();
    UserRow anna =
        directory.search("").stream()
            .filter(u -> !u.deleted() && u.enabled())
            .findFirst()
            .orElseThrow();
    long before = d.sequence();
    Map<String, String> form = directory.form(anna.id());
    form.put("mobilePhone", "+49 160 5550123");
    assertEquals(Map.of(), directory.update(anna.id(), form));
    assertEquals("+49 160 5550123", d.read(() -> d.user(anna.id()).string("mobilePhone")));
    assertEquals(
        List.of(anna.id()),
        d.read(() -> d.changedAfter(before, d.sequence(), List.of("mobilePhone"))),
        "users/delta reports the change");
    assertEquals(
        List.of(),
        d.read(() -> d.changedAfter(before, d.sequence(), List.of("jobTitle"))),
        "and only the field that changed");
    assertTrue(audited.get(0).endsWith(": mobilePhone"), audited.toString());

    form.put("mobilePhone", "ring ring");
    assertEquals(List.of("Mobile phone"), List.copyOf(directory.update(anna.id(), form).keySet()));
  }

  @Test
  void searchDisableDeleteRestoreAndGroups() {
    UserRow someone =
        directory.search("").stream()
            .filter(u -> !u.deleted() && u.enabled())
            .skip(1)
            .findFirst()
            .orElseThrow();
    String part = someone.name().substring(0, 3).toLowerCase();
    assertTrue(directory.search(part).contains(someone));
    assertThrows(IllegalArgumentException.class, () -> directory.search("x".repeat(101)));

    directory.setEnabled(someone.id(), false);
    assertFalse(directory.user(someone.id()).orElseThrow().enabled());
    directory.delete(someone.id());
    assertTrue(directory.user(someone.id()).orElseThrow().deleted());
    assertThrows(IllegalArgumentException.class, () -> directory.delete(someone.id()));
    directory.restore(someone.id());
    assertFalse(directory.user(someone.id()).orElseThrow().deleted());

    GroupRow group =
        directory.groups().stream()
            .filter(g -> !directory.groupsOf(someone.id()).contains(g))
            .findFirst()
            .orElseThrow();
    directory.membership(someone.id(), group.id(), true);
    assertTrue(directory.groupsOf(someone.id()).contains(group));
    directory.membership(someone.id(), group.id(), false);
    assertFalse(directory.groupsOf(someone.id()).contains(group));
    assertThrows(
        IllegalArgumentException.class, () -> directory.membership(someone.id(), "nope", true));
    assertEquals(5, audited.size(), audited.toString());
  }
}
