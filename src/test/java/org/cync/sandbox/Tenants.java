package org.cync.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cync.sandbox.tenant.DirectoryGroup;
import org.cync.sandbox.tenant.DirectoryUser;

/** Picks generated users and groups for tests. */
final class Tenants {
  private Tenants() {}

  static List<String> users(GraphSandbox s, Predicate<DirectoryUser> p) {
    return s.directory()
        .read(
            () -> {
              List<String> ids = new ArrayList<>();
              for (DirectoryUser u : s.directory().allUsers()) {
                if (!u.deleted() && p.test(u)) {
                  ids.add(u.id());
                }
              }
              return ids;
            });
  }

  static List<String> mailboxUsers(GraphSandbox s) {
    return users(s, DirectoryUser::mailboxLicensed);
  }

  static String withoutMailbox(GraphSandbox s) {
    return users(s, u -> !u.mailboxLicensed()).get(0);
  }

  static DirectoryGroup group(GraphSandbox s, String name) {
    return s.directory()
        .read(
            () ->
                s.directory().groups().stream()
                    .filter(g -> g.props().get("displayName").getAsString().equals(name))
                    .findFirst()
                    .orElseThrow());
  }
}
