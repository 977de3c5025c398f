/**
 * The data directory on disk, at the bottom of CYNC: Derby, the key store, the admin account and
 * the simulated tenant all keep files there, so the place and the way files are written (whole,
 * readable by the service account only) live apart from the features that use them, and a
 * connection or a login need not depend on the sync settings to find their files. The store's
 * schema is migrated here too ({@link org.cync.store.StoreSchema}), below every feature that uses
 * JPA, and the one-shot move of the stores into PostgreSQL ({@link org.cync.store.StoreMove}),
 * which the launcher runs before the server exists.
 */
package org.cync.store;
