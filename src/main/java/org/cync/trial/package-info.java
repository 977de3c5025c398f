/**
 * Try CYNC without a tenant: starts the Graph sandbox inside CYNC, registers an app there with
 * CYNC's certificate and admin consent, and fills in the Connection settings; keeps it in the data
 * directory across restarts, and offers the tryout pages (Directory, App registration, Mailbox)
 * that change it and show a mailbox as a phone does. The only product code that knows the sandbox;
 * everything else just sees another authority host and Graph URL.
 */
package org.cync.trial;
