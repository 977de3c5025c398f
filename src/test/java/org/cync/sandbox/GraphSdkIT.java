package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.models.Contact;
import com.microsoft.graph.models.ContactCollectionResponse;
import com.microsoft.graph.models.ContactFolder;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.Extension;
import com.microsoft.graph.models.OpenTypeExtension;
import com.microsoft.graph.models.SingleValueLegacyExtendedProperty;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.delta.DeltaGetResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real azure-identity and Graph SDK, configured as CYNC configures them (see SandboxClients),
 * authenticate against the sandbox and perform every operation CYNC needs.
 */
class GraphSdkIT {
  static final String MARKER = "org.cync.source";
  static final String STAMP = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name CyncSourceId";
  static GraphSandbox sandbox;
  static TestApp app;
  static GraphServiceClient graph;
  static List<String> mailboxUsers;

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(260).seed(7).start();
    app = new TestApp();
    sandbox.registerApp(
        app.clientId,
        app.cert,
        "User.Read.All",
        "GroupMember.Read.All",
        "Contacts.ReadWrite",
        "MailboxSettings.Read");
    graph = SandboxClients.graph(sandbox, SandboxClients.credential(sandbox, app));
    mailboxUsers = Tenants.mailboxUsers(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void credentialGetsATokenThroughMsal() {
    TokenCredential c = SandboxClients.credential(sandbox, app);
    var token =
        c.getTokenSync(new TokenRequestContext().addScopes("https://graph.microsoft.com/.default"));
    assertTrue(token.getToken().split("\\.").length == 3);
    assertTrue(
        token.getExpiresAt().toEpochSecond() - java.time.Instant.now().getEpochSecond() > 3000);
  }

  @Test
  void pagesThroughAllUsersWithSelect() throws Exception {
    UserCollectionResponse first =
        graph
            .users()
            .get(
                rc -> {
                  rc.queryParameters.select =
                      new String[] {"id", "displayName", "accountEnabled", "userType"};
                  rc.queryParameters.top = 50;
                });
    assertEquals(50, first.getValue().size());
    assertNotNull(first.getOdataNextLink());
    List<User> all = new ArrayList<>();
    new PageIterator.Builder<User, UserCollectionResponse>()
        .client(graph)
        .collectionPage(first)
        .collectionPageFactory(UserCollectionResponse::createFromDiscriminatorValue)
        .processPageItemCallback(u -> all.add(u))
        .build()
        .iterate();
    assertEquals(260, all.size());
    assertEquals(260, new HashSet<>(all.stream().map(User::getId).toList()).size());
    assertNotNull(all.get(0).getAccountEnabled());
    assertNull(all.get(0).getMail());
  }

  @Test
  void getsOneUserAndFiltersMembers() {
    User u = graph.users().byUserId(mailboxUsers.get(0)).get();
    assertEquals(mailboxUsers.get(0), u.getId());
    UserCollectionResponse guests =
        graph.users().get(rc -> rc.queryParameters.filter = "userType eq 'Guest'");
    assertTrue(
        guests.getValue().stream().allMatch(g -> g.getUserPrincipalName().contains("#EXT#")));
    ODataError e =
        assertThrows(
            ODataError.class,
            () -> graph.users().get(rc -> rc.queryParameters.filter = "accountEnabled ne true"));
    assertEquals("Request_UnsupportedQuery", e.getError().getCode());
    UserCollectionResponse advanced =
        graph
            .users()
            .get(
                rc -> {
                  rc.queryParameters.filter = "accountEnabled ne true";
                  rc.queryParameters.count = true;
                  rc.headers.add("ConsistencyLevel", "eventual");
                });
    assertTrue(advanced.getOdataCount() > 0);
    ODataError missing =
        assertThrows(
            ODataError.class,
            () -> graph.users().byUserId("00000000-0000-0000-0000-000000000001").get());
    assertEquals(404, missing.getResponseStatusCode());
    assertEquals("Request_ResourceNotFound", missing.getError().getCode());
  }

  @Test
  void deltaRoundsSurfaceChangesAndRemovals() {
    DeltaGetResponse page =
        graph
            .users()
            .delta()
            .get(
                rc ->
                    rc.queryParameters.select =
                        new String[] {
                          "displayName", "jobTitle", "department", "mobilePhone", "businessPhones"
                        });
    int seen = page.getValue().size();
    while (page.getOdataNextLink() != null) {
      page = graph.users().delta().withUrl(page.getOdataNextLink()).get();
      seen += page.getValue().size();
    }
    assertEquals(260, seen);
    String deltaLink = page.getOdataDeltaLink();
    assertTrue(deltaLink.startsWith(sandbox.graphBaseUrl() + "/users/delta?"));
    List<String> changed = sandbox.mutator().changeUsers(5);
    String deleted = mailboxUsers.get(mailboxUsers.size() - 1);
    sandbox.directory().softDelete(deleted);
    DeltaGetResponse changes = graph.users().delta().withUrl(deltaLink).get();
    Set<String> ids = new HashSet<>();
    Map<String, Object> removed = new HashMap<>();
    for (User u : changes.getValue()) {
      ids.add(u.getId());
      if (u.getAdditionalData().containsKey("@removed")) {
        removed.put(u.getId(), u.getAdditionalData().get("@removed"));
      }
    }
    assertTrue(ids.containsAll(changed), ids + " vs " + changed);
    assertTrue(removed.containsKey(deleted));
    sandbox.directory().restore(deleted);
  }

  @Test
  void listsNestedGroupMembers() {
    String allStaff = Tenants.group(sandbox, "All Staff").id();
    DirectoryObjectCollectionResponse direct = graph.groups().byGroupId(allStaff).members().get();
    assertTrue(
        direct.getValue().stream()
            .allMatch(o -> "#microsoft.graph.group".equals(o.getOdataType())));
    List<DirectoryObject> all = new ArrayList<>();
    DirectoryObjectCollectionResponse first =
        graph.groups().byGroupId(allStaff).transitiveMembers().get();
    try {
      new PageIterator.Builder<DirectoryObject, DirectoryObjectCollectionResponse>()
          .client(graph)
          .collectionPage(first)
          .collectionPageFactory(DirectoryObjectCollectionResponse::createFromDiscriminatorValue)
          .processPageItemCallback(all::add)
          .build()
          .iterate();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertTrue(all.stream().anyMatch(o -> o instanceof User));
    assertTrue(all.stream().anyMatch(o -> o instanceof com.microsoft.graph.models.Group));
    assertTrue(all.size() > direct.getValue().size());
  }

  @Test
  void contactFoldersAndContactsWithMarkers() {
    String uid = mailboxUsers.get(1);
    var folders = graph.users().byUserId(uid).contactFolders();
    ContactFolder f = new ContactFolder();
    f.setDisplayName("CYNC");
    ContactFolder created = folders.post(f);
    assertNotNull(created.getId());
    ContactFolder again = new ContactFolder();
    again.setDisplayName("cync");
    ODataError dup = assertThrows(ODataError.class, () -> folders.post(again));
    assertEquals("ErrorFolderExists", dup.getError().getCode());
    assertEquals(1, folders.get().getValue().size());

    Contact c = contact("Zoë", "Łęcki", "src-1");
    var contacts = folders.byContactFolderId(created.getId()).contacts();
    Contact saved = contacts.post(c);
    assertNotNull(saved.getChangeKey());
    assertEquals("Zoë Łęcki", saved.getDisplayName());
    ContactCollectionResponse found =
        contacts.get(
            rc -> {
              rc.queryParameters.filter =
                  "singleValueExtendedProperties/Any(ep: ep/id eq '"
                      + STAMP
                      + "' and ep/value eq 'src-1')";
              rc.queryParameters.expand =
                  new String[] {
                    "singleValueExtendedProperties($filter=id eq '" + STAMP + "')",
                    "extensions($filter=id eq '" + MARKER + "')"
                  };
            });
    assertEquals(1, found.getValue().size());
    assertEquals(
        "src-1", found.getValue().get(0).getSingleValueExtendedProperties().get(0).getValue());
    Extension ext = found.getValue().get(0).getExtensions().get(0);
    assertEquals("Microsoft.OutlookServices.OpenTypeExtension." + MARKER, ext.getId());
    ContactCollectionResponse byExtension =
        contacts.get(
            rc -> rc.queryParameters.filter = "Extensions/any(f:f/id eq '" + MARKER + "')");
    assertEquals(1, byExtension.getValue().size());

    Contact patch = new Contact();
    patch.setJobTitle("Chargé de mission");
    Contact updated = contacts.byContactId(saved.getId()).patch(patch);
    assertEquals("Chargé de mission", updated.getJobTitle());
    assertNotEquals(saved.getChangeKey(), updated.getChangeKey());
    assertEquals("Zoë", updated.getGivenName());

    Contact tooMany = contact("A", "B", "src-2");
    tooMany.setBusinessPhones(List.of("1", "2", "3"));
    ODataError limit = assertThrows(ODataError.class, () -> contacts.post(tooMany));
    assertEquals(400, limit.getResponseStatusCode());

    contacts.byContactId(saved.getId()).delete();
    ODataError gone =
        assertThrows(ODataError.class, () -> contacts.byContactId(saved.getId()).get());
    assertEquals("ErrorItemNotFound", gone.getError().getCode());
    folders.byContactFolderId(created.getId()).delete();
  }

  @Test
  void contactsDeltaSeesCreatesAndDeletes() {
    String uid = mailboxUsers.get(2);
    ContactFolder f = new ContactFolder();
    f.setDisplayName("Delta");
    String fid = graph.users().byUserId(uid).contactFolders().post(f).getId();
    var contacts = graph.users().byUserId(uid).contactFolders().byContactFolderId(fid).contacts();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      ids.add(contacts.post(contact("Given" + i, "Sur", "d" + i)).getId());
    }
    var page = contacts.delta().get();
    int n = page.getValue().size();
    while (page.getOdataNextLink() != null) {
      page = contacts.delta().withUrl(page.getOdataNextLink()).get();
      n += page.getValue().size();
    }
    assertEquals(15, n);
    contacts.byContactId(ids.get(0)).delete();
    var next = contacts.delta().withUrl(page.getOdataDeltaLink()).get();
    assertEquals(1, next.getValue().size());
    assertTrue(next.getValue().get(0).getAdditionalData().containsKey("@removed"));
  }

  @Test
  void mailboxlessUsersAnswerMailboxNotEnabled() {
    ODataError e =
        assertThrows(
            ODataError.class,
            () -> graph.users().byUserId(Tenants.withoutMailbox(sandbox)).contactFolders().get());
    assertEquals(404, e.getResponseStatusCode());
    assertEquals("MailboxNotEnabledForRESTAPI", e.getError().getCode());
    assertNotNull(
        graph.users().byUserId(mailboxUsers.get(0)).mailboxSettings().get().getTimeZone());
  }

  @Test
  void batchWithThrottledSubRequests() throws Exception {
    String uid = mailboxUsers.get(3);
    int old = sandbox.limits().mailboxRequestsPerWindow;
    sandbox.limits().mailboxRequestsPerWindow = 12;
    try {
      BatchRequestContent batch = new BatchRequestContent(graph);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        ids.add(
            batch.addBatchRequestStep(
                graph
                    .users()
                    .byUserId(uid)
                    .contacts()
                    .toPostRequestInformation(contact("Batch" + i, "User", "b" + i))));
      }
      BatchResponseContent resp = graph.getBatchRequestBuilder().post(batch, null);
      Map<String, Integer> codes = resp.getResponsesStatusCode();
      assertEquals(20, codes.size());
      assertEquals(12, codes.values().stream().filter(s -> s == 201).count());
      assertEquals(8, codes.values().stream().filter(s -> s == 429).count());
      String throttled =
          codes.entrySet().stream()
              .filter(e -> e.getValue() == 429)
              .findFirst()
              .orElseThrow()
              .getKey();
      assertNotNull(resp.getResponseById(throttled).header("Retry-After"));
      String ok =
          codes.entrySet().stream()
              .filter(e -> e.getValue() == 201)
              .findFirst()
              .orElseThrow()
              .getKey();
      Contact created = resp.getResponseById(ok, Contact::createFromDiscriminatorValue);
      assertTrue(created.getDisplayName().startsWith("Batch"));
    } finally {
      sandbox.limits().mailboxRequestsPerWindow = old;
    }
  }

  @Test
  void photosExtensionsChildFoldersAndGroupFilter() throws Exception {
    String withPhoto = Tenants.users(sandbox, u -> u.photo() != null).get(0);
    try (java.io.InputStream in = graph.users().byUserId(withPhoto).photo().content().get()) {
      assertEquals((byte) 0xFF, in.readAllBytes()[0]);
    }
    String without = Tenants.users(sandbox, u -> u.photo() == null).get(0);
    ODataError noPhoto =
        assertThrows(
            ODataError.class, () -> graph.users().byUserId(without).photo().content().get());
    assertEquals("ImageNotFound", noPhoto.getError().getCode());

    String uid = mailboxUsers.get(4);
    var contacts = graph.users().byUserId(uid).contacts();
    Contact plain = new Contact();
    plain.setGivenName("Photo");
    String cid = contacts.post(plain).getId();
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
    contacts.byContactId(cid).photo().content().put(new java.io.ByteArrayInputStream(jpeg));
    try (java.io.InputStream in = contacts.byContactId(cid).photo().content().get()) {
      assertEquals(jpeg.length, in.readAllBytes().length);
    }
    OpenTypeExtension ext = new OpenTypeExtension();
    ext.setExtensionName(MARKER);
    ext.setAdditionalData(new HashMap<>(Map.of("sourceId", "late")));
    Extension saved = contacts.byContactId(cid).extensions().post(ext);
    assertEquals("Microsoft.OutlookServices.OpenTypeExtension." + MARKER, saved.getId());
    assertEquals(1, contacts.byContactId(cid).extensions().get().getValue().size());

    ContactFolder parent = new ContactFolder();
    parent.setDisplayName("Parent");
    String pid = graph.users().byUserId(uid).contactFolders().post(parent).getId();
    ContactFolder child = new ContactFolder();
    child.setDisplayName("Child");
    ContactFolder createdChild =
        graph
            .users()
            .byUserId(uid)
            .contactFolders()
            .byContactFolderId(pid)
            .childFolders()
            .post(child);
    assertEquals(pid, createdChild.getParentFolderId());

    var groups =
        graph.groups().get(rc -> rc.queryParameters.filter = "displayName eq 'CYNC Targets'");
    assertEquals(1, groups.getValue().size());
  }

  static Contact contact(String given, String surname, String sourceId) {
    Contact c = new Contact();
    c.setGivenName(given);
    c.setSurname(surname);
    EmailAddress mail = new EmailAddress();
    mail.setAddress(given.toLowerCase() + "@example.org");
    mail.setName(given + " " + surname);
    c.setEmailAddresses(List.of(mail));
    c.setBusinessPhones(List.of("+49 89 1234 567"));
    OpenTypeExtension ext = new OpenTypeExtension();
    ext.setExtensionName(MARKER);
    ext.setAdditionalData(new HashMap<>(Map.of("sourceId", sourceId)));
    c.setExtensions(List.of(ext));
    SingleValueLegacyExtendedProperty p = new SingleValueLegacyExtendedProperty();
    p.setId(STAMP);
    p.setValue(sourceId);
    c.setSingleValueExtendedProperties(List.of(p));
    return c;
  }
}
