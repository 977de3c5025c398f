package org.cync.connection;

/** Fired after the connection settings changed, so cached clients and tokens are dropped. */
public record ConnectionChanged() {}
