package org.cync.sandbox.tenant;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a deterministic tenant from a seed: users with realistic (non-ASCII) data, managers, a
 * share disabled, guests, unlicensed users without mailbox, users without mail, photos, and nested
 * groups (All Staff, one per department, one sub-team each, plus "CYNC Targets" with the
 * mailboxes). The same seed always gives the same IDs and values.
 */
public final class TenantGenerator {
  public static final String E5_SKU = "06ebc4ee-1bb5-47dd-8120-11324bc54e06";

  private TenantGenerator() {}

  public static UUID uuid(Random r) {
    long hi = (r.nextLong() & 0xffffffffffff0fffL) | 0x4000L;
    long lo = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(hi, lo);
  }

  /**
   * Generates the directory. {@code mailboxes} &lt; 0 means every eligible user (enabled, licensed
   * member with mail) has a mailbox; otherwise only that many of them do.
   */
  public static Directory generate(long seed, int userCount, int mailboxes, Clock clock) {
    Random r = new Random(seed);
    String tenantId = uuid(r).toString();
    Directory dir =
        new Directory(
            tenantId, "cyncsandbox" + Math.abs(seed % 100000) + ".onmicrosoft.com", clock);
    Instant base = clock.instant().minus(800, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Set<String> nicknames = new HashSet<>();
    List<String> ids = new ArrayList<>();
    List<String> eligible = new ArrayList<>();
    Map<String, String> departmentOf = new LinkedHashMap<>();
    for (int i = 0; i < userCount; i++) {
      String id = uuid(r).toString();
      String given = pick(r, NamePool.GIVEN);
      String surname = pick(r, NamePool.SURNAMES);
      String nick = NamePool.ascii(given) + "." + NamePool.ascii(surname);
      String unique = nick;
      for (int n = 2; !nicknames.add(unique); n++) {
        unique = nick + n;
      }
      boolean guest = i > 0 && r.nextInt(100) < 5;
      boolean unlicensed = !guest && i > 0 && r.nextInt(100) < 10;
      boolean noMail = unlicensed && r.nextInt(100) < 30;
      boolean disabled = !guest && i > 0 && r.nextInt(100) < 5;
      String dept = pick(r, NamePool.DEPARTMENTS);
      String[] place = pick(r, NamePool.PLACES);
      Map<String, JsonElement> p = new LinkedHashMap<>();
      p.put("accountEnabled", new JsonPrimitive(!disabled));
      p.put("givenName", new JsonPrimitive(given));
      p.put("surname", new JsonPrimitive(surname));
      p.put("displayName", new JsonPrimitive(given + " " + surname));
      p.put("mailNickname", new JsonPrimitive(unique));
      p.put("createdDateTime", new JsonPrimitive(base.plus(i, ChronoUnit.HOURS).toString()));
      if (guest) {
        String ext = unique + "@fabrikam.example";
        p.put("userType", new JsonPrimitive("Guest"));
        p.put(
            "userPrincipalName",
            new JsonPrimitive(unique + "_fabrikam.example#EXT#@" + dir.domain()));
        p.put("mail", new JsonPrimitive(ext));
        p.put("otherMails", array(ext));
        p.put("creationType", new JsonPrimitive("Invitation"));
        p.put("externalUserState", new JsonPrimitive("Accepted"));
        p.put("companyName", new JsonPrimitive("Fabrikam"));
      } else {
        String upn = unique + "@" + dir.domain();
        p.put("userType", new JsonPrimitive("Member"));
        p.put("userPrincipalName", new JsonPrimitive(upn));
        if (!noMail) {
          p.put("mail", new JsonPrimitive(upn));
          p.put("proxyAddresses", array("SMTP:" + upn));
        }
        p.put("companyName", new JsonPrimitive("Contoso Sandbox"));
        p.put("department", new JsonPrimitive(dept));
        p.put("jobTitle", new JsonPrimitive(pick(r, NamePool.TITLES)));
        p.put("employeeId", new JsonPrimitive(String.format("E%06d", i + 1)));
        p.put("officeLocation", new JsonPrimitive(pick(r, NamePool.OFFICES)));
        p.put("streetAddress", new JsonPrimitive(place[0]));
        p.put("city", new JsonPrimitive(place[1]));
        p.put("state", new JsonPrimitive(place[2]));
        p.put("postalCode", new JsonPrimitive(place[3]));
        p.put("country", new JsonPrimitive(place[4]));
        p.put("usageLocation", new JsonPrimitive(place[5]));
        p.put("preferredLanguage", new JsonPrimitive(r.nextBoolean() ? "en-US" : "de-DE"));
        JsonArray phones = new JsonArray();
        for (int k = r.nextInt(3); k > 0; k--) {
          phones.add(String.format("+49 89 %04d %03d", r.nextInt(10000), r.nextInt(1000)));
        }
        p.put("businessPhones", phones);
        if (r.nextInt(100) < 70) {
          p.put(
              "mobilePhone",
              new JsonPrimitive(String.format("+49 151 %08d", r.nextInt(100_000_000))));
        }
        JsonArray lic = new JsonArray();
        if (!unlicensed) {
          JsonObject l = new JsonObject();
          l.add("disabledPlans", new JsonArray());
          l.addProperty("skuId", E5_SKU);
          lic.add(l);
        }
        p.put("assignedLicenses", lic);
        p.put("showInAddressList", new JsonPrimitive(true));
      }
      p.putIfAbsent("businessPhones", new JsonArray());
      dir.addUser(id, p);
      ids.add(id);
      if (!guest && !unlicensed && !noMail && !disabled) {
        eligible.add(id);
      }
      if (!guest) {
        departmentOf.put(id, dept);
      }
      if (r.nextInt(100) < 40) {
        dir.setPhoto(id, Photos.jpeg(r, 240));
      }
    }
    int withMailbox = mailboxes < 0 ? eligible.size() : Math.min(mailboxes, eligible.size());
    for (int i = 0; i < withMailbox; i++) {
      dir.setMailboxLicensed(eligible.get(i), true);
    }
    int managers = Math.max(1, userCount / 20);
    for (int i = 1; i < ids.size(); i++) {
      if (departmentOf.containsKey(ids.get(i))) {
        dir.setManager(ids.get(i), ids.get(r.nextInt(Math.min(i, managers))));
      }
    }
    groups(dir, r, departmentOf, eligible.subList(0, withMailbox), ids);
    return dir;
  }

  private static void groups(
      Directory dir,
      Random r,
      Map<String, String> departmentOf,
      List<String> mailboxUsers,
      List<String> all) {
    DirectoryGroup allStaff = dir.addGroup(uuid(r).toString(), "All Staff", true, "allstaff");
    for (String dept : NamePool.DEPARTMENTS) {
      String nick = NamePool.ascii(dept);
      DirectoryGroup d = dir.addGroup(uuid(r).toString(), "Dept - " + dept, true, "dept-" + nick);
      DirectoryGroup team =
          dir.addGroup(uuid(r).toString(), dept + " - Team Nord", false, "team-" + nick);
      dir.addMember(allStaff.id(), d.id());
      dir.addMember(d.id(), team.id());
      departmentOf.forEach(
          (id, dp) -> {
            if (dp.equals(dept)) {
              dir.addMember(r.nextInt(3) == 0 ? team.id() : d.id(), id);
            }
          });
    }
    DirectoryGroup targets =
        dir.addGroup(uuid(r).toString(), "CYNC Targets", false, "cync-targets");
    mailboxUsers.forEach(id -> dir.addMember(targets.id(), id));
    DirectoryGroup guests = dir.addGroup(uuid(r).toString(), "Guests", false, "guests");
    for (String id : all) {
      if (!departmentOf.containsKey(id)) {
        dir.addMember(guests.id(), id);
      }
    }
  }

  static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  static JsonArray array(String... values) {
    JsonArray a = new JsonArray();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }
}
