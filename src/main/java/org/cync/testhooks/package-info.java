/**
 * Switches that exist only so CYNC's own tests can reach states that take real time or a real
 * failure to reach (a shorter schedule minute, a slowed or failing sample directory). They are off
 * in every start unless the server is started with {@code cync.test-hooks=on}, and nothing in the
 * console or the API can switch them on.
 */
package org.cync.testhooks;
