package org.cync.directory;

import com.microsoft.graph.models.User;
import com.microsoft.kiota.serialization.UntypedArray;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedObject;
import java.util.Map;

/**
 * Turns the Graph SDK's {@link User} from {@code /users/delta} into a {@link SourceUser}, so no
 * other class needs the SDK's types. Two things arrive outside the typed model, in {@code
 * additionalData}: the removal marker {@code "@removed": {"reason": …}} and the manager as {@code
 * "manager@delta": [{"@odata.type": "#microsoft.graph.user", "id": …}]}.
 */
public final class SourceUsers {
  static final String REMOVED = "@removed";
  static final String MANAGER_DELTA = "manager@delta";

  private SourceUsers() {}

  /**
   * The source user, or {@link SourceUser#removed} when Graph marked it removed. A missing {@code
   * accountEnabled} counts as disabled: full delta items always carry it when it is selected.
   */
  public static SourceUser of(User u) {
    String removed = removedReason(u);
    if (removed != null) {
      return SourceUser.removed(u.getId(), removed);
    }
    return new SourceUser(
        u.getId(),
        u.getDisplayName(),
        u.getGivenName(),
        u.getSurname(),
        u.getMail(),
        u.getUserPrincipalName(),
        u.getProxyAddresses(),
        u.getBusinessPhones(),
        u.getMobilePhone(),
        u.getJobTitle(),
        u.getDepartment(),
        u.getCompanyName(),
        u.getOfficeLocation(),
        u.getStreetAddress(),
        u.getCity(),
        u.getState(),
        u.getPostalCode(),
        u.getCountry(),
        managerId(u),
        Boolean.TRUE.equals(u.getAccountEnabled()),
        u.getUserType(),
        null);
  }

  /**
   * "changed" (soft-deleted, restorable) or "deleted" (gone for good) when the item carries
   * {@code @removed}, else null. A marker without a reason counts as "changed", the weaker claim.
   */
  static String removedReason(User u) {
    Map<String, Object> extra = u.getAdditionalData();
    if (extra == null || !extra.containsKey(REMOVED)) {
      return null;
    }
    String reason = extra.get(REMOVED) instanceof UntypedObject o ? text(o, "reason") : null;
    return reason == null || reason.isBlank() ? "changed" : reason;
  }

  /**
   * The manager's object ID from {@code manager@delta} (null when absent or itself marked removed),
   * or from an expanded {@code manager} when the user came from {@code /users}.
   */
  static String managerId(User u) {
    Map<String, Object> extra = u.getAdditionalData();
    if (extra != null && extra.get(MANAGER_DELTA) instanceof UntypedArray managers) {
      String id = null;
      for (UntypedNode m : managers.getValue()) {
        if (m instanceof UntypedObject o && !o.getValue().containsKey(REMOVED)) {
          id = text(o, "id");
        }
      }
      return id;
    }
    return u.getManager() == null ? null : u.getManager().getId();
  }

  private static String text(UntypedObject o, String name) {
    UntypedNode n = o.getValue().get(name);
    return n != null && n.getValue() instanceof String s ? s : null;
  }
}
