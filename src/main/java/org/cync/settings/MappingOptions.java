package org.cync.settings;

/**
 * What the operator chose to put on every contact. Kept apart from the mapping so the console can
 * store it and a change of options shows up as a changed card (and thus a PATCH) for every user.
 *
 * @param fileAs how Outlook sorts the contact
 * @param category the one category every CYNC contact carries, or null for none
 * @param maxEmailAddresses 0..3, Exchange's limit
 * @param includeProxyAddresses whether SMTP aliases follow the primary mail address
 * @param photos whether each contact carries its user's Entra ID photo
 */
public record MappingOptions(
    boolean mobilePhone,
    boolean jobTitle,
    boolean department,
    boolean companyName,
    boolean officeLocation,
    boolean businessAddress,
    boolean manager,
    FileAs fileAs,
    String category,
    int maxEmailAddresses,
    boolean includeProxyAddresses,
    boolean photos) {

  /** Exchange rejects a contact with more than three e-mail addresses. */
  public static final int EXCHANGE_MAX_EMAIL_ADDRESSES = 3;

  /** The two orders Outlook offers for "File as". */
  public enum FileAs {
    FIRST_LAST,
    LAST_FIRST
  }

  public MappingOptions {
    if (maxEmailAddresses < 0 || maxEmailAddresses > EXCHANGE_MAX_EMAIL_ADDRESSES) {
      throw new IllegalArgumentException(
          "maxEmailAddresses must be 0.."
              + EXCHANGE_MAX_EMAIL_ADDRESSES
              + ": "
              + maxEmailAddresses);
    }
    fileAs = fileAs == null ? FileAs.FIRST_LAST : fileAs;
    category = category == null || category.isBlank() ? null : category.trim();
  }

  /**
   * Every field on, "First Last", no category, the primary address only (no aliases), no photos
   * (photos cost a directory look-up per source user at every run; an administrator opts in).
   */
  public static MappingOptions defaults() {
    return new MappingOptions(
        true, true, true, true, true, true, true, FileAs.FIRST_LAST, null, 3, false, false);
  }
}
