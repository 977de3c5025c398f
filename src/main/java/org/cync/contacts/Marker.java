package org.cync.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How CYNC recognises its own contacts: one open extension with a fixed name carrying the source
 * user's object ID. A contact without it is the user's own and is never changed or deleted.
 * Matching by this ID, never by name or e-mail, is what keeps renamed people from duplicating.
 */
public final class Marker {
  /** The single extension name; one name keeps the mailbox's named-property quota untouched. */
  public static final String EXTENSION_NAME = "org.cync.contactsync";

  public static final String SOURCE_ID = "sourceId";

  /** The original commercial CYNC's extension; contacts bearing it may be adopted on migration. */
  public static final String ADOPTABLE_EXTENSION = "com.itbaer.cync";

  /**
   * Where the original product keeps the object ID is not known here (no sample of its contacts was
   * available), so both plausible names are accepted, in this order. The extension's own {@code id}
   * is Graph's ("Microsoft.OutlookServices.OpenTypeExtension.…") and never read.
   */
  public static final List<String> ADOPTABLE_ID_PROPERTIES = List.of("objectId", SOURCE_ID);

  static final String OPEN_TYPE_EXTENSION = "microsoft.graph.openTypeExtension";
  private static final String EXTENSION_ID_PREFIX = "Microsoft.OutlookServices.OpenTypeExtension.";

  private Marker() {}

  /** An element of the inline {@code extensions} array of a contact create. */
  public static Map<String, Object> extensionForCreate(String sourceId) {
    Map<String, Object> extension = new LinkedHashMap<>();
    extension.put("@odata.type", OPEN_TYPE_EXTENSION);
    extension.put("extensionName", EXTENSION_NAME);
    extension.put(SOURCE_ID, sourceId);
    return extension;
  }

  /** A whole create body: the contact and our marker in one request, so no unmarked copy exists. */
  public static Map<String, Object> createBody(ContactCard card) {
    Map<String, Object> body = ContactFields.forCreate(card);
    body.put("extensions", List.of(extensionForCreate(card.sourceId())));
    return body;
  }

  /** The source ID of a contact read with {@code $expand=extensions}, if it carries OUR marker. */
  public static Optional<String> sourceIdOf(Map<String, ?> contactJson) {
    return extension(contactJson, EXTENSION_NAME).flatMap(e -> text(e.get(SOURCE_ID)));
  }

  /** The source ID a contact of the original product carries, if it has that product's marker. */
  public static Optional<String> adoptableSourceId(Map<String, ?> contactJson) {
    return extension(contactJson, ADOPTABLE_EXTENSION)
        .flatMap(
            e ->
                ADOPTABLE_ID_PROPERTIES.stream()
                    .map(p -> text(e.get(p)))
                    .flatMap(Optional::stream)
                    .findFirst());
  }

  /** Graph names a stored extension by {@code extensionName} and by its (prefixed) {@code id}. */
  private static Optional<Map<?, ?>> extension(Map<String, ?> contactJson, String name) {
    if (contactJson == null || !(contactJson.get("extensions") instanceof List<?> extensions)) {
      return Optional.empty();
    }
    return extensions.stream()
        .filter(e -> e instanceof Map<?, ?>)
        .<Map<?, ?>>map(e -> (Map<?, ?>) e)
        .filter(
            e ->
                name.equals(e.get("extensionName"))
                    || name.equals(e.get("id"))
                    || (EXTENSION_ID_PREFIX + name).equals(e.get("id")))
        .findFirst();
  }

  private static Optional<String> text(Object value) {
    return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
  }
}
