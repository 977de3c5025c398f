package org.cync.directory;

/** A directory user as CYNC needs it, independent of the Graph SDK's types. */
public record DirectoryUser(String id, String displayName, String mail, boolean accountEnabled) {}
