/**
 * The Entra ID side of the sandbox: its own CA and TLS certificate, app registrations with their
 * uploaded certificates and admin-consented permissions, validation of certificate client
 * assertions, access tokens it signs, and AADSTS errors shaped like Entra's.
 */
package org.cync.sandbox.token;
