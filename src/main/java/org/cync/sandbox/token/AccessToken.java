package org.cync.sandbox.token;

import java.util.Set;

/** What Graph learns from a valid access token: who calls, for which tenant, with which roles. */
public record AccessToken(String appId, String tenantId, Set<String> roles, long expiresAt) {}
