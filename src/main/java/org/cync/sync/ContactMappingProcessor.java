package org.cync.sync;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.cync.contacts.ContactMapper;
import org.cync.contacts.DesiredContact;
import org.cync.contacts.MappingOptions;
import org.cync.directory.DirectoryUser;
import org.cync.directory.SourceFilter;
import org.cync.directory.SourceOptions;
import org.cync.directory.SourceUser;

/**
 * Turns a source user into the contact CYNC wants, or filters the user out by returning null. Pure:
 * no I/O, no state, so it is tested without a container.
 */
@Dependent
@Named
public class ContactMappingProcessor implements ItemProcessor {

  @Override
  public Object processItem(Object item) {
    if (item instanceof SourceUser source) {
      return change(source, SourceOptions.defaults(), MappingOptions.defaults());
    }
    if (item instanceof RoundEnd) {
      return item;
    }
    DirectoryUser user = (DirectoryUser) item;
    if (!user.accountEnabled()) {
      return null;
    }
    return new DesiredContact(
        user.id(), user.displayName(), user.mail(), fingerprint(user.displayName(), user.mail()));
  }

  /**
   * A source user becomes the contact CYNC wants, or a removal with the reason. Manager names are
   * not looked up yet (null).
   */
  static SnapshotChange change(SourceUser user, SourceOptions sources, MappingOptions mapping) {
    if (user.isRemoved()) {
      return new SnapshotChange.Remove(user.id(), "removed from the directory");
    }
    SourceFilter.Decision d = SourceFilter.decide(user, sources, Set.of(), null);
    if (!d.included()) {
      return new SnapshotChange.Remove(user.id(), d.reason());
    }
    return new SnapshotChange.Upsert(ContactMapper.map(user, mapping, id -> null));
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
