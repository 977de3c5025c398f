/**
 * Graph v1.0 over HTTP: one pipeline (authentication, permissions, faults, throttling, latency,
 * routing) shared by top-level requests and {@code $batch} sub-requests, the OData query options
 * CYNC uses, Graph's error envelope, and the directory endpoints (users, delta, groups).
 */
package org.cync.sandbox.graph;
