/** The timer that starts runs by itself, and when it does a full reconcile instead. */
package org.cync.schedule;
