/**
 * App-only sign-in with a certificate (an assertion CYNC signs itself, so the private key never
 * leaves the key store) and the one {@code GraphServiceClient} of the application.
 */
package org.cync.connection.signin;
