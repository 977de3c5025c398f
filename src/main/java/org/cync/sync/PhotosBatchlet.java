package org.cync.sync;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.cync.connection.Connection;
import org.cync.contacts.DesiredContacts;
import org.cync.contacts.Wanted;
import org.cync.graphbatch.GraphBatchTransport;
import org.cync.graphbatch.Sleeper;
import org.cync.photos.DeferredRemovals;
import org.cync.photos.PhotoLookup;
import org.cync.photos.PhotoRemovals;
import org.cync.photos.SourcePhotos;
import org.cync.settings.SyncOptions;

/**
 * Step {@code photos}: which photo every desired contact should carry. With photos on, each source
 * user's photo etag is looked up ({@code /users/delta} never reports a photo change); a changed
 * photo is downloaded once, here, and kept for every mailbox. The etag becomes the desired
 * contact's photo tag, which the plan and the mailbox diff compare with what each mailbox holds. A
 * user whose photo could not be looked up keeps the tag it had, so nothing is removed on a hiccup.
 * With photos off every tag is cleared: photos already put on contacts stay as they are.
 */
@Dependent
@Named
public class PhotosBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(PhotosBatchlet.class.getName());

  @Inject @BatchProperty String directory;
  @Inject DesiredContacts desired;
  @Inject SourcePhotos photos;
  @Inject DeferredRemovals deferred;
  @Inject ExecutionCache cache;
  @Inject JobContext job;
  @Inject Connection connection;

  @Override
  public String process() throws InterruptedException {
    SyncOptions options = cache.options(job.getExecutionId());
    if (!options.mapping().photos() || !SyncJobParameters.usesGraph(directory, connection)) {
      int cleared = desired.clearPhotoTags();
      if (cleared > 0) {
        LOG.info(() -> "Photos are off: " + cleared + " contacts no longer follow a photo");
      }
      return "COMPLETED";
    }
    Set<String> sources = desired.fingerprints().keySet();
    PhotoLookup lookup =
        new PhotoLookup(
            new GraphBatchTransport(connection.graph()), Sleeper.REAL, Clock.systemUTC());
    Map<String, String> etags = lookup.etags(sources);
    Map<String, String> unanswered = lookup.problems();
    Map<String, String> held = photos.etags();
    List<String> changed =
        etags.entrySet().stream()
            .filter(e -> !Wanted.NO_PHOTO.equals(e.getValue()))
            .filter(e -> !e.getValue().equals(held.get(e.getKey())))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    Set<String> downloaded = new HashSet<>();
    Map<String, String> refused = new HashMap<>();
    lookup.photos(
        changed,
        (id, jpeg) -> {
          if (jpeg.length > SourcePhotos.MAX_BYTES) {
            refused.put(id, jpeg.length + " bytes, over Exchange's 4 MB for a contact photo");
            return;
          }
          try {
            photos.save(id, etags.get(id), jpeg);
            downloaded.add(id);
          } catch (RuntimeException e) { // this user keeps the photo it had; the others go on
            refused.put(id, String.valueOf(e.getMessage()));
          }
        });
    refused.putAll(lookup.problems());
    Set<String> gone = new HashSet<>();
    etags.forEach(
        (id, etag) -> {
          if (Wanted.NO_PHOTO.equals(etag) && held.containsKey(id)) {
            gone.add(id);
          }
        });
    PhotoRemovals.Decision removals = PhotoRemovals.decide(held.size(), gone, deferred.last());
    deferred.remember(removals.deferred());
    if (!removals.deferred().isEmpty()) {
      LOG.warning(
          () ->
              "Photos: %d users' photos were reported missing at once; if Graph says so again at the next run, their contacts are made again without them"
                  .formatted(removals.deferred().size()));
    }
    Map<String, String> tags = new HashMap<>();
    Set<String> forget = new HashSet<>(held.keySet());
    forget.removeAll(sources);
    etags.forEach(
        (id, etag) -> {
          if (removals.deferred().contains(id)) {
            return; // keeps the photo it had, for now
          }
          if (Wanted.NO_PHOTO.equals(etag)) {
            tags.put(id, etag);
            forget.add(id);
          } else if (etag.equals(held.get(id)) || downloaded.contains(id)) {
            tags.put(id, etag);
          }
        });
    int removed = photos.remove(forget);
    int retagged = desired.photoTags(tags);
    long withPhoto = tags.values().stream().filter(t -> !Wanted.NO_PHOTO.equals(t)).count();
    LOG.info(
        () ->
            "Photos: %d of %d contacts have one; %d changed and downloaded, %d forgotten, %d contacts re-tagged, %d not looked up%s, %d not downloaded%s"
                .formatted(
                    withPhoto,
                    sources.size(),
                    downloaded.size(),
                    removed,
                    retagged,
                    unanswered.size(),
                    example(unanswered),
                    refused.size(),
                    example(refused)));
    return "COMPLETED";
  }

  private static String example(Map<String, String> problems) {
    return problems.isEmpty() ? "" : " (e.g. " + problems.entrySet().iterator().next() + ")";
  }
}
