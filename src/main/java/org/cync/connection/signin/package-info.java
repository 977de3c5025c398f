/**
 * Signing in to Entra ID with CYNC's certificate: the client assertion JWT, signed inside the
 * certificate store so the private key is never exported.
 */
package org.cync.connection.signin;
