package org.cync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.cync.contacts.ContactDrift;
import org.cync.contacts.DesiredContacts;
import org.cync.contacts.Wanted;
import org.cync.directory.MirrorRepository;
import org.cync.graphbatch.ContactPaths;
import org.cync.graphbatch.GraphJson;
import org.cync.mailbox.ContactScan;
import org.cync.mailbox.FolderFinder;
import org.cync.mailbox.MailboxDiff;
import org.cync.mailbox.MailboxRecords;
import org.cync.mailbox.PlannedChange;
import org.cync.mailbox.ScanReconciler;
import org.cync.mailbox.TargetMailbox;
import org.cync.mailbox.TargetMailboxes;
import org.cync.settings.SyncOptions;

/**
 * Everything a mailbox worker does in a mailbox before it writes: the folder, the scan that squares
 * the record with the folder when it may be incomplete, and the diff. Apart from the reader so the
 * reader keeps to the worker's course.
 */
@ApplicationScoped
public class MailboxFolderPreparation {
  private static final Logger LOG = Logger.getLogger(MailboxFolderPreparation.class.getName());

  @Inject TargetMailboxes targets;
  @Inject MailboxRecords records;
  @Inject DesiredContacts desired;
  @Inject MirrorRepository mirror;
  @Inject ExecutionCache cache;

  /**
   * @param scan read the folder and square the record with it
   * @param fields also compare every synced field (a full reconcile)
   */
  List<PlannedChange> changes(
      GraphJson graph, MailboxRun run, SyncOptions o, boolean scan, boolean fields, long execution)
      throws IOException {
    String id = run.mailboxId;
    TargetMailbox t = targets.find(id);
    List<MailboxDiff.Held> held = records.held(id);
    String known = t.getFolderId();
    if (!t.isWanted() && known == null) {
      return List.of(); // never written here: nothing of ours to remove
    }
    if (t.isWanted() && known != null && ContactPaths.isDefault(known) != o.inDefaultFolder()) {
      List<PlannedChange> leaving = leave(graph, run, known, held);
      if (!leaving.isEmpty()) {
        return leaving;
      }
      known = null;
      held = records.held(id);
    }
    FolderFinder finder = new FolderFinder(graph);
    boolean look = scan || known == null;
    FolderFinder.Folder folder =
        !t.isWanted()
            ? new FolderFinder.Folder(known, t.getFolderName(), true) // never made again
            : o.inDefaultFolder()
                ? FolderFinder.DEFAULT
                : finder.find(id, known, o.folderName(), look);
    // A folder just made holds nothing, whatever was recorded for the mailbox before.
    boolean lost = FolderFinder.lost(known, folder) || (!folder.existed() && !held.isEmpty());
    if (lost) {
      LOG.info(() -> "Mailbox " + id + ": CYNC's folder was deleted; it is made again");
      records.folderLost(id);
      held = List.of();
    }
    if (lost || !folder.id().equals(known)) { // folderLost forgot the ID, even one that came back
      records.folder(id, folder.id(), folder.displayName());
    }
    run.folderId = folder.id();
    List<PlannedChange> extra = new ArrayList<>();
    // A folder just made was looked for by name a moment ago: there is no second one.
    if (t.isWanted() && !o.inDefaultFolder() && look && folder.existed()) {
      extra.addAll(mergeDuplicates(graph, finder, run, o.folderName(), folder.id()));
    }
    Set<String> adopted = Set.of();
    // A mailbox leaving the targets is read before it is forgotten: a copy of ours that CYNC never
    // recorded (a user's copy, a lost answer) would otherwise stay there for good.
    if (folder.existed() && (scan || held.isEmpty() || !t.isWanted())) {
      List<ContactScan.Found> found;
      try {
        found = new ContactScan(graph).folder(id, folder.id(), fields, o.adoptOriginal());
      } catch (org.cync.graphbatch.BatchRejected e) {
        if (t.isWanted() || e.status() != 404 || !"ErrorItemNotFound".equals(e.code())) {
          throw e;
        }
        records.folderLost(id); // a former target's folder is gone, and our contacts with it
        return List.of();
      }
      Map<String, DesiredContacts.Versions> cards =
          fields ? desired.versions(sourceIds(found)) : Map.of();
      ScanReconciler.Outcome out =
          ScanReconciler.of(
              found,
              held,
              o.adoptOriginal(),
              f -> {
                DesiredContacts.Versions v = cards.get(source(f));
                return v != null && !ContactDrift.changed(f.json(), v.card()).isEmpty();
              });
      records.applyScan(id, out.record(), out.forget());
      adopted = out.record().keySet();
      out.discard()
          .forEach(
              c -> extra.add(new PlannedChange(PlannedChange.Kind.DISCARD, "", c, null, null)));
      out.mark()
          .forEach(
              (c, s) -> extra.add(new PlannedChange(PlannedChange.Kind.MARK, s, c, null, null)));
      held = records.held(id);
      if (!out.isEmpty()) {
        LOG.info(
            () ->
                "Mailbox %s: scan of %d contacts: %d recorded again, %d gone, %d copies to remove"
                    .formatted(
                        id,
                        found.size(),
                        out.record().size(),
                        out.forget().size(),
                        out.discard().size()));
      }
    }
    Map<String, Wanted> wanted = t.isWanted() ? cache.wanted(execution, desired::wanted) : Map.of();
    List<PlannedChange> all = new ArrayList<>(extra);
    List<PlannedChange> diff = MailboxDiff.of(wanted, held);
    boolean deleteFound = !t.isWanted() || foundUnwanted(diff, adopted) <= FOUND_DELETES_AT_ONCE;
    for (PlannedChange c : diff) {
      // Contacts a scan just found and that must go are deleted now when the mailbox is being
      // emptied anyway (the guard saw it leave the targets) or when they are a few; many of them
      // wait for the next run, whose plan the deletion guard sees (a reinstall with narrower
      // sources must not delete thousands unchecked).
      if (deleteFound || c.kind() != PlannedChange.Kind.DELETE || !adopted.contains(c.sourceId())) {
        all.add(c);
      }
    }
    return all;
  }

  /** Found contacts deleted in the run that found them; more wait for the guard of the next. */
  static final int FOUND_DELETES_AT_ONCE = 20;

  private static long foundUnwanted(List<PlannedChange> diff, Set<String> adopted) {
    return diff.stream()
        .filter(c -> c.kind() == PlannedChange.Kind.DELETE && adopted.contains(c.sourceId()))
        .count();
  }

  /**
   * The folder mode changed (a folder of its own ↔ the default Contacts folder): Graph cannot move
   * a contact, so CYNC's contacts are deleted where they are, recorded or not (a crash may have
   * left unrecorded ones: the old place is scanned), and the next pass creates them in the new
   * place. Once nothing of ours is left there, the old place is forgotten.
   */
  private List<PlannedChange> leave(
      GraphJson graph, MailboxRun run, String old, List<MailboxDiff.Held> held) throws IOException {
    List<ContactScan.Found> found;
    try {
      found = new ContactScan(graph).folder(run.mailboxId, old, false, false);
    } catch (org.cync.graphbatch.BatchRejected e) {
      if (e.status() != 404 || !"ErrorItemNotFound".equals(e.code())) {
        throw e;
      }
      records.folderLost(run.mailboxId); // the old folder is gone, and our contacts with it
      return List.of();
    }
    Set<String> recorded = new HashSet<>();
    List<PlannedChange> out = new ArrayList<>();
    for (MailboxDiff.Held h : held) {
      recorded.add(h.contactId());
      out.add(
          new PlannedChange(
              PlannedChange.Kind.DELETE, h.sourceId(), h.contactId(), h.fingerprint(), null, old));
    }
    for (ContactScan.Found f : found) {
      if (f.ourSourceId() != null && !recorded.contains(f.contactId())) {
        out.add(new PlannedChange(PlannedChange.Kind.DISCARD, "", f.contactId(), null, null, old));
      }
    }
    if (out.isEmpty()) {
      records.folder(run.mailboxId, null, null);
      return List.of();
    }
    LOG.info(
        () ->
            "Mailbox %s: the folder mode changed; %d contacts leave %s first"
                .formatted(run.mailboxId, out.size(), old));
    run.folderId = old;
    run.rediff = true;
    return out;
  }

  /**
   * Contacts of ours in a second folder with CYNC's folder name (a second install, a race) are
   * removed from it, so the mailbox shows one set: the one in the folder CYNC keeps. The folder
   * itself is left alone (it may hold the user's own contacts) and reported.
   */
  private List<PlannedChange> mergeDuplicates(
      GraphJson graph, FolderFinder finder, MailboxRun run, String name, String keep)
      throws IOException {
    List<PlannedChange> out = new ArrayList<>();
    for (String dup : finder.duplicates(run.mailboxId, name, keep)) {
      for (ContactScan.Found f : new ContactScan(graph).folder(run.mailboxId, dup, false, false)) {
        if (f.ourSourceId() != null) {
          out.add(
              new PlannedChange(PlannedChange.Kind.DISCARD, "", f.contactId(), null, null, dup));
        }
      }
    }
    if (!out.isEmpty()) {
      run.note =
          "A second folder named '%s' held %d contacts of CYNC; they were removed from it, so the"
                  .formatted(name, out.size())
              + " mailbox shows one set. The folder itself was left: delete it if it is empty.";
      LOG.info(() -> "Mailbox " + run.mailboxId + ": " + run.note);
    }
    return out;
  }

  String ownerFingerprint(String mailboxId) {
    return mirror.fingerprintOf(mailboxId);
  }

  private static String source(ContactScan.Found f) {
    return f.ourSourceId() != null ? f.ourSourceId() : f.adoptableSourceId();
  }

  private static Set<String> sourceIds(List<ContactScan.Found> found) {
    Set<String> ids = new HashSet<>();
    found.forEach(
        f -> {
          if (source(f) != null) {
            ids.add(source(f));
          }
        });
    return ids;
  }
}
