package org.cync.connection.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CloudsTest {
  @Test
  void microsoftsOwnAuthorities() {
    assertTrue(Clouds.isMicrosoftAuthority("https://login.microsoftonline.com"));
    assertTrue(Clouds.isMicrosoftAuthority("https://login.microsoftonline.us/"));
    assertTrue(Clouds.isMicrosoftAuthority("https://login.chinacloudapi.cn"));
    assertTrue(Clouds.isMicrosoftAuthority("https://login.partner.microsoftonline.cn"));
    assertTrue(Clouds.isMicrosoftAuthority("https://LOGIN.MicrosoftOnline.com"));
  }

  @Test
  void otherAuthorities() {
    assertFalse(Clouds.isMicrosoftAuthority("https://127.0.0.1:8443"));
    assertFalse(Clouds.isMicrosoftAuthority("https://login.microsoftonline.com.evil.example"));
    assertFalse(Clouds.isMicrosoftAuthority("login.microsoftonline.com"));
  }

  @Test
  void tokenUrlWithAndWithoutTrailingSlash() {
    String expected = "https://login.microsoftonline.com/t-1/oauth2/v2.0/token";
    assertEquals(expected, Clouds.tokenUrl("https://login.microsoftonline.com", "t-1"));
    assertEquals(expected, Clouds.tokenUrl("https://login.microsoftonline.com/", "t-1"));
    assertEquals(
        "https://127.0.0.1:8443/t-2/oauth2/v2.0/token",
        Clouds.tokenUrl("https://127.0.0.1:8443", "t-2"));
  }
}
