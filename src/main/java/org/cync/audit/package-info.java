/** Who changed what and when, kept in Derby; never a secret. */
package org.cync.audit;
