/**
 * The Graph sandbox: a simulated Microsoft 365 tenant (Entra token endpoint and the Graph v1.0
 * endpoints CYNC uses) on the JDK's HTTP server. Product code never depends on this package.
 */
package org.cync.sandbox;
