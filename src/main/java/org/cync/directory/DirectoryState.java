package org.cync.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/**
 * Where the next directory round starts: the {@code /users/delta} link of the last complete round,
 * saved in the same transaction as that round's last chunk, with the directory it belongs to (a
 * tenant at a Graph endpoint): a link, and the mirror it brought up to date, are worth nothing
 * against another.
 */
@Entity
public class DirectoryState {
  static final long SINGLETON_ID = 1;
  @Id private long id = SINGLETON_ID;
  @Lob private String deltaLink;

  @Column(length = 1000)
  private String mirrorOf;

  protected DirectoryState() {}

  DirectoryState(String deltaLink) {
    this.deltaLink = deltaLink;
  }

  String deltaLink() {
    return deltaLink;
  }

  void deltaLink(String link) {
    deltaLink = link;
  }

  String mirrorOf() {
    return mirrorOf;
  }

  void mirrorOf(String of) {
    mirrorOf = of;
  }
}
