package org.cync.sync;

/**
 * What the reader and the writer of one mailbox tell each other (the worker's step context carries
 * the one under way; a worker's next mailbox gets a new one): the folder in use, and what the
 * writer learnt that changes the reader's course.
 */
final class MailboxRun {
  final String mailboxId;
  String folderId;

  /** Exchange answered that the mailbox cannot be written (no Exchange Online mailbox). */
  String goneCode;

  String goneMessage;

  /** A create found the folder gone: find or make it again, and write everything again. */
  boolean folderLost;

  /** Something changed under the plan (a contact found deleted): diff again before finishing. */
  boolean rediff;

  /** The reader handed out the last change of a pass: the chunk ends there. */
  boolean passEnded;

  /** Photo bytes read into the chunk under way: a chunk ends early rather than hold too many. */
  long chunkPhotoBytes;

  /** A contact was created since the last pass began: with photos on, it gets its photo next. */
  boolean created;

  /** What the administrator should know although the mailbox ended well (a merged folder). */
  String note;

  /** Request-id, client-request-id and date of the answer that said the mailbox is gone. */
  org.cync.graphbatch.GraphTrace goneTrace;

  long failed;
  String lastError;

  /** Graph's code and trace of the last failed change, for the run page and Microsoft support. */
  String lastCode;

  org.cync.graphbatch.GraphTrace lastTrace;

  MailboxRun(String mailboxId) {
    this.mailboxId = mailboxId;
  }
}
