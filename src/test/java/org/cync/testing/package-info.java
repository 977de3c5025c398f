/**
 * Test helpers: a real CYNC process started from {@code target/cync.jar}, a real PostgreSQL server
 * ({@link org.cync.testing.PostgresServer}), and small HTTP/JSON helpers.
 */
package org.cync.testing;
