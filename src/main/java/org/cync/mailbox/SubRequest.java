package org.cync.mailbox;

import java.util.Map;

/** One request inside a {@code $batch} envelope; {@code url} is relative to the version root. */
public record SubRequest(String id, String method, String url, Map<String, Object> body) {}
