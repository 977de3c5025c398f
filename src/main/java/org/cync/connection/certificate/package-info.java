/**
 * The certificate CYNC signs in to Entra ID with: where it is kept (a PKCS12 file on Linux, the
 * Windows machine store on Windows), generating and importing it, the checks Entra would otherwise
 * fail with later, and its public part for upload to the app registration. The private key never
 * leaves a {@link org.cync.connection.certificate.CertificateStore}: signing happens inside it.
 */
package org.cync.connection.certificate;
