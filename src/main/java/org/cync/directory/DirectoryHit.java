package org.cync.directory;

/**
 * A group or user found by name for the console's pickers: the object ID that the settings keep,
 * and the name and mail address a person recognises (a user without mail shows the user principal
 * name).
 */
public record DirectoryHit(String id, String displayName, String mail) {

  /** "name &lt;mail&gt;", or the name alone, or the ID when the directory gave no name. */
  public String label() {
    String name = displayName == null || displayName.isBlank() ? id : displayName;
    return mail == null || mail.isBlank() ? name : name + " <" + mail + ">";
  }
}
