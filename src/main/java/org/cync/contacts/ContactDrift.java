package org.cync.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a contact as Graph returns it still shows what CYNC wrote: compares every synced property
 * after smoothing over how Graph spells "empty" (null, "", [], an address of nulls) and the case of
 * e-mail addresses. Used by the full reconcile to repair contacts a user edited. Pure.
 */
public final class ContactDrift {
  private ContactDrift() {}

  /** The synced properties whose value in {@code json} differs from the card's. */
  public static List<String> changed(Map<String, ?> json, ContactCard card) {
    Map<String, Object> wanted = ContactFields.render(card);
    List<String> changed = new ArrayList<>();
    for (String name : ContactFields.ALL) {
      if (!Objects.equals(normal(name, wanted.get(name)), normal(name, json.get(name)))) {
        changed.add(name);
      }
    }
    return changed;
  }

  private static Object normal(String name, Object value) {
    if (value == null) {
      return name.equals(ContactFields.BUSINESS_ADDRESS) ? null : emptyFor(name);
    }
    if (value instanceof String s) {
      return s.isBlank() ? emptyFor(name) : s.strip();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          Object address = normal("", m.get("address"));
          out.add(
              List.of(
                  String.valueOf(normal("", m.get("name"))),
                  address == null ? "" : address.toString().toLowerCase(Locale.ROOT)));
        } else if (normal("", o) != null) {
          out.add(normal("", o));
        }
      }
      return out;
    }
    if (value instanceof Map<?, ?> m) {
      List<Object> parts = new ArrayList<>();
      boolean any = false;
      for (String part : List.of("street", "city", "state", "postalCode", "countryOrRegion")) {
        Object p = normal("", m.get(part));
        any |= p != null;
        parts.add(p == null ? "" : p);
      }
      return any ? parts : null;
    }
    return value;
  }

  private static Object emptyFor(String name) {
    return switch (name) {
      case ContactFields.EMAIL_ADDRESSES, ContactFields.BUSINESS_PHONES, ContactFields.CATEGORIES ->
          List.of();
      default -> null;
    };
  }
}
