/**
 * Plumbing shared by the sandbox's HTTP faces (token endpoint, Graph, admin): JSON, query strings,
 * reading and writing exchanges of the JDK's HTTP server.
 */
package org.cync.sandbox.http;
