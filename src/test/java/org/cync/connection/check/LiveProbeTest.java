package org.cync.connection.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Malformed tokens: fewer than two parts, or a payload that is JSON but not an object, give no
 * roles; a payload that is not base64url throws IllegalArgumentException and one that is not JSON
 * throws Gson's JsonParseException (both end up as a failed Sign-in line).
 */
class LiveProbeTest {
  private static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String jwt(String payload) {
    return b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(payload) + "." + b64("sig");
  }

  @Test
  void readsTheRolesClaim() {
    assertEquals(
        Set.of("User.Read.All", "Group.Read.All", "Contacts.ReadWrite"),
        LiveProbe.roles(
            jwt(
                "{\"aud\":\"https://graph.microsoft.com\",\"roles\":[\"User.Read.All\","
                    + "\"Group.Read.All\",\"Contacts.ReadWrite\"],\"tid\":\"t\"}")));
  }

  @Test
  void payloadNeedingUrlSafeAlphabetIsDecoded() {
    String token = jwt("{\"roles\":[\"??>\"]}");
    assertTrue(token.split("\\.")[1].contains("_"), "payload uses '_', not '/'");
    assertEquals(Set.of("??>"), LiveProbe.roles(token));
  }

  @Test
  void noRolesClaimGivesNoRoles() {
    assertEquals(Set.of(), LiveProbe.roles(jwt("{\"aud\":\"x\"}")));
    assertEquals(Set.of(), LiveProbe.roles(jwt("{\"roles\":[]}")));
  }

  @Test
  void tooFewPartsGiveNoRoles() {
    assertEquals(Set.of(), LiveProbe.roles("not-a-jwt"));
    assertEquals(Set.of(), LiveProbe.roles(""));
  }

  @Test
  void aPayloadThatIsJsonButNotAnObjectGivesNoRoles() {
    assertEquals(Set.of(), LiveProbe.roles(jwt("[\"User.Read.All\"]")));
  }

  @Test
  void aPayloadThatIsNotBase64UrlThrows() {
    assertThrows(IllegalArgumentException.class, () -> LiveProbe.roles("a.b*c.d"));
  }

  @Test
  void aPayloadThatIsNotJsonThrows() {
    assertThrows(JsonParseException.class, () -> LiveProbe.roles(jwt("{\"roles\":[")));
  }
}
