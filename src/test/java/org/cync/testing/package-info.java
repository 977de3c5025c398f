/**
 * Test helpers: a real CYNC process started from {@code target/cync.jar}, and small HTTP/JSON
 * helpers.
 */
package org.cync.testing;
