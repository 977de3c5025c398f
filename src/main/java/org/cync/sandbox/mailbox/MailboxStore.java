package org.cync.sandbox.mailbox;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cync.sandbox.graph.GraphException;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryUser;

/**
 * All mailboxes, created on first use for users that have one. Resolves the {@code users/{id}}
 * segment of Outlook endpoints to a mailbox or to Exchange's 404s (ErrorInvalidUser,
 * MailboxNotEnabledForRESTAPI).
 */
public final class MailboxStore {
  private final Directory directory;
  private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();

  private final String odataBase;

  /** odataBase is the Graph base URL ending in /v1.0, used in @odata.id links. */
  public MailboxStore(Directory directory, String odataBase) {
    this.directory = directory;
    this.odataBase = odataBase;
  }

  /** The mailbox behind a user ID or UPN, or the Graph error Exchange would answer. */
  public Mailbox resolve(String idOrUpn) {
    DirectoryUser u = directory.read(() -> directory.user(idOrUpn));
    if (u == null) {
      throw new GraphException(
          404, "ErrorInvalidUser", "The requested user '" + idOrUpn + "' is invalid.");
    }
    if (!u.mailboxLicensed()) {
      throw notEnabled();
    }
    Mailbox m = mailboxes.computeIfAbsent(u.id(), id -> new Mailbox(id, odataBase));
    if (m.unavailable) {
      throw notEnabled();
    }
    if (m.denied) {
      throw new GraphException(
          403,
          "ErrorAccessDenied",
          "Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy"
              + " settings.");
    }
    return m;
  }

  /** The mailbox of a user ID without any checks (admin and benchmark use). */
  public Mailbox mailbox(String userId) {
    return mailboxes.computeIfAbsent(userId.toLowerCase(), id -> new Mailbox(id, odataBase));
  }

  public Collection<Mailbox> all() {
    return mailboxes.values();
  }

  public void clear() {
    mailboxes.clear();
  }

  /**
   * Empties one mailbox as {@code POST /admin/reset} empties all: the next access finds a new,
   * empty mailbox whose item IDs start again (a re-created folder gets the ID the old one had).
   */
  public void drop(String userId) {
    mailboxes.remove(userId.toLowerCase());
  }

  static GraphException notEnabled() {
    return new GraphException(
        404,
        "MailboxNotEnabledForRESTAPI",
        "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");
  }
}
