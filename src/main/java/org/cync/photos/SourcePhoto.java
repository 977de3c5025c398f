package org.cync.photos;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A source user's photo as last downloaded, with the media etag it had then. Never in the shared
 * cache: thousands of photos would stay in memory for good.
 */
@Entity
@Cacheable(false)
@Table(name = "SOURCE_PHOTO")
public class SourcePhoto {
  /** Exchange refuses a photo upload over 4 MB, so no photo worth keeping is larger. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  @Id
  @Column(length = 64)
  private String userId;

  @Column(length = 200)
  private String etag;

  @Lob
  @Column(length = MAX_BYTES)
  private byte[] jpeg;

  protected SourcePhoto() {}

  SourcePhoto(String userId, String etag, byte[] jpeg) {
    this.userId = userId;
    replace(etag, jpeg);
  }

  void replace(String etag, byte[] jpeg) {
    this.etag = etag;
    this.jpeg = jpeg.clone();
  }

  public String getUserId() {
    return userId;
  }

  public String getEtag() {
    return etag;
  }
}
