package org.cync.trial;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The tryout's Mailbox page: choose a mailbox of the simulated tenant and see its CYNC folder as a
 * phone lists it. It only reads; the chooser re-renders the list without an action.
 */
@Named
@ViewScoped
public class TryoutMailboxView implements Serializable {
  @Inject transient TryoutMailbox mailboxes;

  private String chosen;

  public boolean isOn() {
    return mailboxes.on();
  }

  public List<UserRow> getMailboxes() {
    return mailboxes.mailboxes();
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen == null || chosen.length() > 64 ? null : chosen;
  }

  public String getFolderName() {
    return mailboxes.folderName();
  }

  /** Null when no mailbox is chosen or it has no CYNC folder yet. */
  public List<PhoneContact> getContacts() {
    Optional<List<PhoneContact>> c = mailboxes.phone(chosen);
    return c.orElse(null);
  }

  public boolean isCut() {
    List<PhoneContact> c = getContacts();
    return c != null && c.size() >= TryoutMailbox.MAX_CONTACTS;
  }
}
