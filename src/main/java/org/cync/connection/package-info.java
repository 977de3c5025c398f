/**
 * The connection to a Microsoft 365 tenant: its settings (tenant, client, certificate thumbprint,
 * cloud endpoints), the certificate lifecycle ({@code certificate}), app-only sign-in and the one
 * Graph client ({@code signin}), and Test Connection ({@code check}).
 */
package org.cync.connection;
