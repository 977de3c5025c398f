package org.cync.graphbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON of a {@code $batch} envelope and its answer, as json-batching.md describes them. */
class GraphBatchTransportTest {

  @Test
  void bodiesCarryTheirContentTypeAndDeletesHaveNone() {
    byte[] json =
        GraphBatchTransport.envelope(
            List.of(
                new SubRequest("0", "POST", "/users/u/contactFolders/f/contacts", Map.of("a", 1)),
                new SubRequest("1", "DELETE", "/users/u/contactFolders/f/contacts/c", null)));
    JsonObject o =
        JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
    JsonObject post = o.getAsJsonArray("requests").get(0).getAsJsonObject();
    assertEquals(
        "application/json", post.getAsJsonObject("headers").get("Content-Type").getAsString());
    assertEquals(1, post.getAsJsonObject("body").get("a").getAsInt());
    JsonObject delete = o.getAsJsonArray("requests").get(1).getAsJsonObject();
    assertEquals("DELETE", delete.get("method").getAsString());
    assertNull(delete.get("body"));
  }

  @Test
  void subResponsesWithHeadersAndErrors() throws Exception {
    List<SubResponse> r =
        GraphBatchTransport.responses(
            new StringReader(
                """
                {"responses":[
                  {"id":"2","status":429,"headers":{"retry-after":"1"},
                   "body":{"error":{"code":"ApplicationThrottled","message":"over"}}},
                  {"id":"1","status":204}
                ]}"""));
    assertEquals("2", r.get(0).id());
    assertEquals("1", r.get(0).header("Retry-After"));
    assertEquals("ApplicationThrottled", r.get(0).errorCode());
    assertEquals(204, r.get(1).status());
    assertNull(r.get(1).body());
  }

  @Test
  void aPhotoGoesAndComesBase64EncodedWithItsContentType() throws Exception {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, (byte) 0xFF, (byte) 0xD9};
    byte[] json =
        GraphBatchTransport.envelope(
            List.of(
                new SubRequest(
                    "0", "PUT", "/users/u/contactFolders/f/contacts/c/photo/$value", null, jpeg)));
    JsonObject put =
        JsonParser.parseString(new String(json, StandardCharsets.UTF_8))
            .getAsJsonObject()
            .getAsJsonArray("requests")
            .get(0)
            .getAsJsonObject();
    assertEquals("image/jpeg", put.getAsJsonObject("headers").get("Content-Type").getAsString());
    assertEquals(java.util.Base64.getEncoder().encodeToString(jpeg), put.get("body").getAsString());

    List<SubResponse> r =
        GraphBatchTransport.responses(
            new StringReader(
                "{\"responses\":[{\"id\":\"0\",\"status\":200,"
                    + "\"headers\":{\"Content-Type\":\"image/jpeg\"},\"body\":\""
                    + java.util.Base64.getEncoder().encodeToString(jpeg)
                    + "\"},{\"id\":\"1\",\"status\":200,\"body\":"
                    + "{\"@odata.mediaEtag\":\"W/\\\"e1\\\"\",\"width\":240}}]}"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(jpeg, r.get(0).binary());
    assertEquals("W/\"e1\"", r.get(1).string("@odata.mediaEtag"));
    assertNull(r.get(1).binary());
  }

  @Test
  void ofACreatedContactOnlyItsIdAndChangeKeyAreKept() throws Exception {
    List<SubResponse> r =
        GraphBatchTransport.responses(
            new StringReader(
                """
                {"@odata.context":"x","responses":[
                  {"status":201,"body":{"@odata.etag":"W/1","id":"AAMk=","changeKey":"EQ",
                   "emailAddresses":[{"name":"A","address":"a@x"}],"id2":{"id":"nested"},
                   "businessAddress":{"street":null},"extensions":[{"id":"e"}]},
                   "headers":{"Location":"l"},"id":7}
                ],"next":[1,{"a":null}]}"""));
    assertEquals(1, r.size());
    assertEquals("7", r.get(0).id());
    assertEquals(201, r.get(0).status());
    assertEquals("l", r.get(0).header("location"));
    assertEquals(Map.of("id", "AAMk=", "changeKey", "EQ"), r.get(0).body());
  }

  @Test
  void anAnswerThatIsNotJsonIsAnIoError() {
    for (String bad : List.of("<html>busy</html>", "[1]", "{\"responses\":[{\"id\":\"1\",")) {
      java.io.IOException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              java.io.IOException.class,
              () -> GraphBatchTransport.responses(new StringReader(bad)),
              bad);
      org.junit.jupiter.api.Assertions.assertTrue(
          e.getMessage().startsWith("The $batch response is not"), e.getMessage());
    }
  }
}
