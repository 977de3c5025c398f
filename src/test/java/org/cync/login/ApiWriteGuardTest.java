package org.cync.login;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiWriteGuardTest {
  @Test
  void anAccountMayChangeItsOwnPasswordAndTokensOnly() {
    assertTrue(ApiWriteGuard.selfService("PUT", "/api/accounts/jane", "jane"));
    assertTrue(ApiWriteGuard.selfService("PUT", "/api/accounts/Jane", "jane"));
    assertTrue(
        ApiWriteGuard.selfService("PUT", "/api/accounts/jane%40example.com", "jane@example.com"));
    assertTrue(ApiWriteGuard.selfService("POST", "/api/accounts/jane/tokens", "jane"));
    assertTrue(ApiWriteGuard.selfService("DELETE", "/api/accounts/jane/tokens/7", "jane"));

    assertFalse(ApiWriteGuard.selfService("PUT", "/api/accounts/john", "jane"));
    assertFalse(ApiWriteGuard.selfService("POST", "/api/accounts/john/tokens", "jane"));
    assertFalse(ApiWriteGuard.selfService("DELETE", "/api/accounts/john/tokens/7", "jane"));
    assertFalse(ApiWriteGuard.selfService("POST", "/api/accounts", "jane"));
    assertFalse(ApiWriteGuard.selfService("DELETE", "/api/accounts/jane", "jane"));
    assertFalse(ApiWriteGuard.selfService("POST", "/api/accounts/jane", "jane"));
    assertFalse(ApiWriteGuard.selfService("DELETE", "/api/accounts/jane/tokens/", "jane"));
    assertFalse(ApiWriteGuard.selfService("PUT", "/api/accounts/jane/tokens/7/x", "jane"));
    assertFalse(ApiWriteGuard.selfService("POST", "/api/runs", "jane"));
    assertFalse(ApiWriteGuard.selfService("PUT", "/api/accounts/jane", null));
  }

  @Test
  void aForcedPasswordChangeLeavesThePasswordPageAndTheOwnPasswordCall() {
    assertTrue(PasswordChangeFilter.allowed("GET", "/password.xhtml", "jane"));
    assertTrue(PasswordChangeFilter.allowed("POST", "/password.xhtml", "jane"));
    assertTrue(PasswordChangeFilter.allowed("GET", "/login.xhtml", "jane"));
    assertTrue(PasswordChangeFilter.allowed("GET", "/jakarta.faces.resource/x.css", "jane"));
    assertTrue(PasswordChangeFilter.allowed("PUT", "/api/accounts/jane", "jane"));

    assertFalse(PasswordChangeFilter.allowed("GET", "/", "jane"));
    assertFalse(PasswordChangeFilter.allowed("GET", "/sync.xhtml", "jane"));
    assertFalse(PasswordChangeFilter.allowed("GET", "/api/accounts", "jane"));
    assertFalse(PasswordChangeFilter.allowed("POST", "/api/accounts/jane/tokens", "jane"));
    assertFalse(PasswordChangeFilter.allowed("PUT", "/api/accounts/john", "jane"));
  }
}
