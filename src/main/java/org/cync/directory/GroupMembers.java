package org.cync.directory;

import com.microsoft.graph.groups.item.transitivemembers.TransitiveMembersRequestBuilder;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is in a group, nested groups included ({@code /groups/{id}/transitiveMembers}), for the
 * source and target filters. Read in full each run: users/delta never reports membership changes,
 * so a fresh read is how a user moved out of a group is noticed. Users are told apart by {@code
 * @odata.type}, not by the {@code /microsoft.graph.user} cast, which on transitive lists needs
 * {@code ConsistencyLevel: eventual} (and so may lag behind recent changes).
 */
public final class GroupMembers {
  static final int PAGE = 999;
  private final GraphServiceClient graph;

  public GroupMembers(GraphServiceClient graph) {
    this.graph = graph;
  }

  /** Object IDs of the group's users, direct or through nested groups. */
  public Set<String> userIds(String groupId) {
    TransitiveMembersRequestBuilder members = graph.groups().byGroupId(groupId).transitiveMembers();
    Set<String> ids = new LinkedHashSet<>();
    DirectoryObjectCollectionResponse page;
    try {
      page =
          members.get(
              rc -> {
                rc.queryParameters.select = new String[] {"id"};
                rc.queryParameters.top = PAGE;
              });
    } catch (com.microsoft.graph.models.odataerrors.ODataError e) {
      if (e.getResponseStatusCode() == 404) {
        // Failing beats reading the group as empty: that would take its members' contacts away.
        throw new IllegalStateException(
            "The group "
                + groupId
                + " chosen in the sync settings does not exist in the connected tenant (it was"
                + " deleted, or the settings were made for another tenant): choose the groups again"
                + " on the Sync settings page.",
            e);
      }
      throw e;
    }
    while (true) {
      if (page.getValue() != null) {
        for (DirectoryObject o : page.getValue()) {
          if (o instanceof User || "#microsoft.graph.user".equals(o.getOdataType())) {
            ids.add(o.getId());
          }
        }
      }
      if (page.getOdataNextLink() == null) {
        return ids;
      }
      page = members.withUrl(page.getOdataNextLink()).get();
    }
  }

  /** For each user in any of the groups: the groups (of those given) it belongs to. */
  public Map<String, Set<String>> groupsOfUsers(Collection<String> groupIds) {
    Map<String, Set<String>> byUser = new HashMap<>();
    for (String g : new LinkedHashSet<>(groupIds)) {
      for (String user : userIds(g)) {
        byUser.computeIfAbsent(user, u -> new HashSet<>()).add(g);
      }
    }
    return byUser;
  }
}
