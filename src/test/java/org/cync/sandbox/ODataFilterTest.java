package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Set;
import org.cync.sandbox.graph.GraphException;
import org.cync.sandbox.graph.ODataFilter;
import org.junit.jupiter.api.Test;

/** The $filter subset: evaluation and the advanced-query markers Entra cares about. */
class ODataFilterTest {
  static final JsonObject USER =
      JsonParser.parseString(
              """
      {"id":"a1","displayName":"Zoë Müller","accountEnabled":true,"userType":"Member","mail":null,
       "assignedLicenses":[{"skuId":"06ebc4ee-1bb5-47dd-8120-11324bc54e06"}],
       "proxyAddresses":["SMTP:zoe@contoso.example"],
       "extensions":[{"id":"Microsoft.OutlookServices.OpenTypeExtension.org.cync.source"}],
       "singleValueExtendedProperties":[{"id":"String {66f5a359-4659-4830-9070-00047ec6ac6e} Name X","value":"ABC"}]}""")
          .getAsJsonObject();

  static boolean test(String f) {
    return ODataFilter.parse(f).test(USER);
  }

  @Test
  void comparisonsFunctionsAndLogic() {
    assertTrue(test("accountEnabled eq true and userType eq 'member'"));
    assertTrue(test("userType in ('Guest', 'Member')"));
    assertTrue(test("startswith(displayName,'zo')"));
    assertFalse(test("not (startswith(displayName,'zo'))"));
    assertTrue(test("userType eq 'Guest' or (accountEnabled eq true)"));
    assertTrue(test("mail eq null"));
    assertTrue(test("displayName eq 'Zoë Müller'"));
    assertTrue(test("displayName eq 'O''Brien' or id eq 'a1'"));
  }

  @Test
  void lambdasAndCounts() {
    assertTrue(test("assignedLicenses/any(x:x/skuId eq 06ebc4ee-1bb5-47dd-8120-11324bc54e06)"));
    assertFalse(test("assignedLicenses/any(x:x/skuId eq 00000000-1bb5-47dd-8120-11324bc54e06)"));
    assertTrue(test("proxyAddresses/any(p:startswith(p,'smtp:'))"));
    assertTrue(test("Extensions/any(f:f/id eq 'org.cync.source')"), "short extension name matches");
    assertTrue(
        test(
            "singleValueExtendedProperties/Any(ep: ep/id eq 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name X' and ep/value eq 'abc')"));
    assertTrue(test("assignedLicenses/$count eq 1"));
  }

  @Test
  void advancedConstructsAreReported() {
    assertEquals(Set.of("ne"), ODataFilter.parse("accountEnabled ne true").advanced);
    assertEquals(Set.of("not"), ODataFilter.parse("not(accountEnabled eq true)").advanced);
    assertEquals(
        Set.of("endswith"), ODataFilter.parse("endswith(mail,'@contoso.example')").advanced);
    assertEquals(Set.of("$count"), ODataFilter.parse("assignedLicenses/$count eq 0").advanced);
    assertEquals(Set.of("null"), ODataFilter.parse("mail eq null").advanced);
    assertTrue(ODataFilter.parse("userType eq 'Guest'").advanced.isEmpty());
  }

  @Test
  void syntaxErrorsAre400() {
    GraphException e =
        assertThrows(GraphException.class, () -> ODataFilter.parse("displayName eq 'unterminated"));
    assertEquals(400, e.status);
    assertThrows(GraphException.class, () -> ODataFilter.parse("displayName eq"));
    assertThrows(GraphException.class, () -> ODataFilter.parse("(a eq 1"));
  }
}
