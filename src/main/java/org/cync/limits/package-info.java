/**
 * The sizes CYNC accepts, in one place: text fields and list entries ({@link
 * org.cync.limits.TextLimits}) and files named in settings ({@link org.cync.limits.SmallFile}), so
 * no input can make CYNC hold, show or wait for more than it should. Uses nothing else of CYNC.
 */
package org.cync.limits;
