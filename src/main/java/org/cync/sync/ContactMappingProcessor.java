package org.cync.sync;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cync.contacts.DesiredContact;
import org.cync.directory.DirectoryUser;

/**
 * Turns a source user into the contact CYNC wants, or filters the user out by returning null. Pure:
 * no I/O, no state, so it is tested without a container.
 */
@Dependent
@Named
public class ContactMappingProcessor implements ItemProcessor {

  @Override
  public DesiredContact processItem(Object item) {
    DirectoryUser user = (DirectoryUser) item;
    if (!user.accountEnabled()) {
      return null;
    }
    return new DesiredContact(
        user.id(), user.displayName(), user.mail(), fingerprint(user.displayName(), user.mail()));
  }

  static String fingerprint(String... fields) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String field : fields) {
        digest.update((field == null ? "\u0000" : field).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
