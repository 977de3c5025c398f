package org.cync.sandbox.mailbox;

import java.util.TreeMap;

/**
 * A contact folder: its contacts in creation order, and a change log by sequence number (live
 * contacts or tombstones of deleted ones) that answers contacts delta. Old tombstones are evicted
 * beyond a cap, which invalidates older delta tokens, like Outlook's bounded sync-state cache.
 */
final class ContactFolder {
  static final int TOMBSTONE_CAP = 20_000;
  final long number;
  String displayName;
  long parent;
  final TreeMap<Long, StoredContact> items = new TreeMap<>();
  final TreeMap<Long, Object> changes = new TreeMap<>();
  final java.util.ArrayDeque<Long> tombstoneSeqs = new java.util.ArrayDeque<>();
  long minValidSeq;

  ContactFolder(long number, String displayName, long parent) {
    this.number = number;
    this.displayName = displayName;
    this.parent = parent;
  }

  void touch(StoredContact c, long newSeq) {
    if (c.seq != 0) {
      changes.remove(c.seq);
    }
    c.seq = newSeq;
    changes.put(newSeq, c);
  }

  void tombstone(StoredContact c, long newSeq) {
    changes.remove(c.seq);
    changes.put(newSeq, c.number);
    tombstoneSeqs.addLast(newSeq);
    if (tombstoneSeqs.size() > TOMBSTONE_CAP) {
      long oldest = tombstoneSeqs.pollFirst();
      changes.remove(oldest);
      minValidSeq = oldest;
    }
  }
}
