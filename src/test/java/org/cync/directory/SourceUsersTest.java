package org.cync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.graph.models.User;
import com.microsoft.kiota.serialization.UntypedArray;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedObject;
import com.microsoft.kiota.serialization.UntypedString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SDK's User, as users/delta gives it, becomes a SourceUser. */
class SourceUsersTest {
  static final String ID = "5b9e2f8a-0c1d-4e2f-9a3b-1c2d3e4f5a6b";
  static final String BOSS = "0d6f1c2b-3a4e-4b5c-8d7e-6f5a4b3c2d1e";

  static User full() {
    User u = new User();
    u.setId(ID);
    u.setDisplayName("Zoë Müller");
    u.setGivenName("Zoë");
    u.setSurname("Müller");
    u.setMail("zoe.mueller@contoso.example");
    u.setUserPrincipalName("zoe@contoso.example");
    u.setProxyAddresses(List.of("SMTP:zoe.mueller@contoso.example", "smtp:zoe@contoso.example"));
    u.setBusinessPhones(List.of("+49 30 1234 567"));
    u.setMobilePhone("+49 160 12345678");
    u.setJobTitle("Chargée de mission");
    u.setDepartment("Vertrieb");
    u.setCompanyName("Contoso");
    u.setOfficeLocation("Berlin 3.14");
    u.setStreetAddress("Straße des 17. Juni 1");
    u.setCity("Berlin");
    u.setState("BE");
    u.setPostalCode("10623");
    u.setCountry("DE");
    u.setAccountEnabled(true);
    u.setUserType("Member");
    return u;
  }

  static UntypedObject obj(String... kv) {
    Map<String, UntypedNode> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], new UntypedString(kv[i + 1]));
    }
    return new UntypedObject(m);
  }

  @Test
  void everyFieldIsCarriedOver() {
    SourceUser s = SourceUsers.of(full());
    assertEquals(ID, s.id());
    assertEquals("Zoë Müller", s.displayName());
    assertEquals("Zoë", s.givenName());
    assertEquals("Müller", s.surname());
    assertEquals("zoe.mueller@contoso.example", s.mail());
    assertEquals("zoe@contoso.example", s.userPrincipalName());
    assertEquals(
        List.of("SMTP:zoe.mueller@contoso.example", "smtp:zoe@contoso.example"),
        s.proxyAddresses());
    assertEquals(List.of("+49 30 1234 567"), s.businessPhones());
    assertEquals("+49 160 12345678", s.mobilePhone());
    assertEquals("Chargée de mission", s.jobTitle());
    assertEquals("Vertrieb", s.department());
    assertEquals("Contoso", s.companyName());
    assertEquals("Berlin 3.14", s.officeLocation());
    assertEquals("Straße des 17. Juni 1", s.streetAddress());
    assertEquals("Berlin", s.city());
    assertEquals("BE", s.state());
    assertEquals("10623", s.postalCode());
    assertEquals("DE", s.country());
    assertTrue(s.accountEnabled());
    assertEquals("Member", s.userType());
    assertNull(s.managerId());
    assertFalse(s.isRemoved());
  }

  @Test
  void unsetValuesStayNullAndCollectionsEmpty() {
    User u = new User();
    u.setId(ID);
    SourceUser s = SourceUsers.of(u);
    assertNull(s.mail());
    assertEquals(List.of(), s.proxyAddresses());
    assertEquals(List.of(), s.businessPhones());
    assertFalse(s.accountEnabled(), "a missing accountEnabled counts as disabled");
  }

  @Test
  void softAndPermanentRemovals() {
    User soft = new User();
    soft.setId(ID);
    soft.getAdditionalData().put("@removed", obj("reason", "changed"));
    SourceUser s = SourceUsers.of(soft);
    assertEquals(SourceUser.removed(ID, "changed"), s);
    assertTrue(s.isRemoved());

    User gone = new User();
    gone.setId(ID);
    gone.getAdditionalData().put("@removed", obj("reason", "deleted"));
    assertEquals("deleted", SourceUsers.of(gone).removed());
  }

  @Test
  void aRemovalWithoutReasonCountsAsChanged() {
    User u = new User();
    u.setId(ID);
    u.getAdditionalData().put("@removed", obj());
    assertEquals("changed", SourceUsers.of(u).removed());
  }

  @Test
  void aRemovalWinsOverStrayProperties() {
    User u = full();
    u.getAdditionalData().put("@removed", obj("reason", "changed"));
    SourceUser s = SourceUsers.of(u);
    assertTrue(s.isRemoved());
    assertNull(s.displayName());
  }

  @Test
  void managerFromManagerDelta() {
    User u = full();
    u.getAdditionalData()
        .put(
            "manager@delta",
            new UntypedArray(List.of(obj("@odata.type", "#microsoft.graph.user", "id", BOSS))));
    assertEquals(BOSS, SourceUsers.of(u).managerId());
  }

  @Test
  void aManagerMarkedRemovedIsNoManager() {
    User u = full();
    Map<String, UntypedNode> m = new LinkedHashMap<>(obj("id", BOSS).getValue());
    m.put("@removed", obj("reason", "deleted"));
    u.getAdditionalData().put("manager@delta", new UntypedArray(List.of(new UntypedObject(m))));
    assertNull(SourceUsers.of(u).managerId());
  }

  @Test
  void managerFromAnExpandedManager() {
    User u = full();
    User boss = new User();
    boss.setId(BOSS);
    u.setManager(boss);
    assertEquals(BOSS, SourceUsers.of(u).managerId());
  }

  @Test
  void disabledGuest() {
    User u = full();
    u.setAccountEnabled(false);
    u.setUserType("Guest");
    SourceUser s = SourceUsers.of(u);
    assertFalse(s.accountEnabled());
    assertEquals("Guest", s.userType());
  }
}
