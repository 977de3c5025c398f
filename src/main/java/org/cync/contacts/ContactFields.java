package org.cync.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cync.contacts.ContactCard.PostalAddress;

/**
 * Graph v1.0's property names for the contact fields CYNC owns, and the one place a {@link
 * ContactCard} becomes Graph JSON, so create and PATCH bodies can never disagree. Maps are
 * JSON-ready (String, List, Map, null); serialize with nulls kept (Gson: {@code serializeNulls()}).
 */
public final class ContactFields {
  public static final String DISPLAY_NAME = "displayName";
  public static final String GIVEN_NAME = "givenName";
  public static final String SURNAME = "surname";
  public static final String FILE_AS = "fileAs";
  public static final String EMAIL_ADDRESSES = "emailAddresses";
  public static final String BUSINESS_PHONES = "businessPhones";
  public static final String MOBILE_PHONE = "mobilePhone";
  public static final String JOB_TITLE = "jobTitle";
  public static final String DEPARTMENT = "department";
  public static final String COMPANY_NAME = "companyName";
  public static final String OFFICE_LOCATION = "officeLocation";
  public static final String BUSINESS_ADDRESS = "businessAddress";
  public static final String MANAGER = "manager";
  public static final String CATEGORIES = "categories";

  /** Every property CYNC writes, in the order they are rendered; a {@code $select} for reading. */
  public static final List<String> ALL =
      List.of(
          DISPLAY_NAME,
          GIVEN_NAME,
          SURNAME,
          FILE_AS,
          EMAIL_ADDRESSES,
          BUSINESS_PHONES,
          MOBILE_PHONE,
          JOB_TITLE,
          DEPARTMENT,
          COMPANY_NAME,
          OFFICE_LOCATION,
          BUSINESS_ADDRESS,
          MANAGER,
          CATEGORIES);

  private ContactFields() {}

  /**
   * Every property in {@link #ALL}, empty ones included (null, [], or an address of nulls): the
   * full desired state, which a PATCH compares. An absent business address is rendered with all
   * five parts null, which clears it whether Exchange replaces or merges the complex value.
   */
  public static Map<String, Object> render(ContactCard card) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(DISPLAY_NAME, card.displayName());
    json.put(GIVEN_NAME, card.givenName());
    json.put(SURNAME, card.surname());
    json.put(FILE_AS, card.fileAs());
    json.put(
        EMAIL_ADDRESSES,
        card.emailAddresses().stream()
            .map(
                e -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("name", e.name());
                  m.put("address", e.address());
                  return m;
                })
            .toList());
    json.put(BUSINESS_PHONES, card.businessPhones());
    json.put(MOBILE_PHONE, card.mobilePhone());
    json.put(JOB_TITLE, card.jobTitle());
    json.put(DEPARTMENT, card.department());
    json.put(COMPANY_NAME, card.companyName());
    json.put(OFFICE_LOCATION, card.officeLocation());
    json.put(BUSINESS_ADDRESS, address(card.businessAddress()));
    json.put(MANAGER, card.manager());
    json.put(CATEGORIES, card.categories());
    return json;
  }

  /** The properties of a new contact: {@link #render} without the empty ones. */
  public static Map<String, Object> forCreate(ContactCard card) {
    Map<String, Object> json = render(card);
    json.values().removeIf(v -> v == null || (v instanceof List<?> l && l.isEmpty()));
    if (card.businessAddress() == null) {
      json.remove(BUSINESS_ADDRESS);
    }
    return json;
  }

  private static Map<String, Object> address(PostalAddress a) {
    PostalAddress p = a == null ? new PostalAddress(null, null, null, null, null) : a;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("street", p.street());
    m.put("city", p.city());
    m.put("state", p.state());
    m.put("postalCode", p.postalCode());
    m.put("countryOrRegion", p.countryOrRegion());
    return m;
  }
}
