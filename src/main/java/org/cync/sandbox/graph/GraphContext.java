package org.cync.sandbox.graph;

import java.time.Clock;

/** What every Graph handler needs: the public base URL (ending in /v1.0) and the clock. */
public record GraphContext(String baseUrl, Clock clock) {
  /** The $metadata context URL for a fragment like {@code users(id,displayName)}. */
  public String context(String fragment) {
    return baseUrl + "/$metadata#" + fragment;
  }
}
