package org.cync.contacts;

/**
 * The version of a contact a mailbox should hold: its card's fingerprint and its photo. Kept apart
 * because a photo is a separate stream in Exchange: a changed photo is a PUT, not a PATCH.
 *
 * @param photoTag the source photo's media etag; {@link #NO_PHOTO} when the source has none (a
 *     photo CYNC put there must go); null when photos are off (whatever is there stays)
 */
public record Wanted(String fingerprint, String photoTag) {
  public static final String NO_PHOTO = "-";

  public boolean wantsPhoto() {
    return photoTag != null && !NO_PHOTO.equals(photoTag);
  }
}
