package org.cync.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tryout pages' own logic: the Directory form's checks, the photo check, the phone's order. */
class TryoutPagesLogicTest {

  @Test
  void aValidFormBecomesPropertyChanges() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("displayName", " Anna Smith ");
    form.put("mobilePhone", "+49 160 1234567");
    form.put("businessPhone", "+49 30 1234 567");
    form.put("jobTitle", "");
    UserEdit.Outcome o = UserEdit.check(form);
    assertEquals(Map.of(), o.problems());
    assertEquals("Anna Smith", o.changes().get("displayName").getAsString());
    assertEquals("+49 160 1234567", o.changes().get("mobilePhone").getAsString());
    JsonArray business = o.changes().get("businessPhones").getAsJsonArray();
    assertEquals("+49 30 1234 567", business.get(0).getAsString());
    assertEquals(JsonNull.INSTANCE, o.changes().get("jobTitle"), "an emptied field is cleared");
  }

  @Test
  void badValuesAreNamedByTheirLabel() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("displayName", "");
    form.put("mobilePhone", "call me maybe");
    form.put("department", "x".repeat(65));
    form.put("city", "Berlin\nMitte");
    UserEdit.Outcome o = UserEdit.check(form);
    assertEquals(
        List.of("Display name", "Department", "Mobile phone", "City"),
        List.copyOf(o.problems().keySet()));
    assertTrue(o.problems().get("Mobile phone").startsWith("Mobile phone: digits"));
    assertTrue(o.problems().get("Department").contains("at most 64"));
    assertTrue(o.changes().isEmpty() || !o.changes().containsKey("mobilePhone"));
  }

  @Test
  void onlySmallJpegsAndPngsArePhotos() {
    byte[] jpeg = new byte[500];
    jpeg[0] = (byte) 0xFF;
    jpeg[1] = (byte) 0xD8;
    jpeg[2] = (byte) 0xFF;
    assertNull(PhotoUpload.problem(jpeg));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertNull(PhotoUpload.problem(png));
    assertTrue(
        PhotoUpload.problem(new byte[] {'G', 'I', 'F', '8', '9', 'a'}).contains("JPEG or PNG"));
    byte[] big = new byte[PhotoUpload.MAX_BYTES + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    assertTrue(PhotoUpload.problem(big).contains("at most 100 KB"));
    assertTrue(PhotoUpload.problem(null).startsWith("Photo:"));
  }

  @Test
  void thePhoneSortsByFileAsElseDisplayName() {
    List<PhoneContact> sorted =
        PhoneContact.sorted(
            List.of(
                PhoneContact.of("1", contact("Zoe Adams", "Adams, Zoe", "+49 160 1"), null),
                PhoneContact.of("2", contact("Ben Özdemir", null, null), new byte[] {1}),
                PhoneContact.of("3", contact("anna Berg", "berg, anna", null), null),
                PhoneContact.of("4", contact("Carl Young", "", null), null)));
    assertEquals(
        List.of("Adams, Zoe", "Ben Özdemir", "berg, anna", "Carl Young"),
        sorted.stream().map(PhoneContact::name).toList());
    PhoneContact zoe = sorted.get(0);
    assertEquals("AZ", zoe.initials());
    assertEquals(List.of("+49 160 1"), zoe.mobile());
    assertEquals("ACME", zoe.company());
    assertEquals("Street 1, 10115, Berlin", zoe.address());
    assertEquals(List.of("x@example.com"), zoe.mail());
    assertTrue(sorted.get(1).hasPhoto());
    assertTrue(sorted.get(1).photo().startsWith("data:image/jpeg;base64,"));
  }

  private static JsonObject contact(String displayName, String fileAs, String mobile) {
    JsonObject o = new JsonObject();
    o.addProperty("displayName", displayName);
    if (fileAs != null) {
      o.addProperty("fileAs", fileAs);
    }
    o.addProperty("mobilePhone", mobile);
    o.addProperty("companyName", "ACME");
    JsonObject address = new JsonObject();
    address.addProperty("street", "Street 1");
    address.addProperty("postalCode", "10115");
    address.addProperty("city", "Berlin");
    o.add("businessAddress", address);
    JsonArray mails = new JsonArray();
    JsonObject m = new JsonObject();
    m.addProperty("address", "x@example.com");
    mails.add(m);
    o.add("emailAddresses", mails);
    return o;
  }
}
