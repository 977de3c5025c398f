package org.cync.sandbox.mailbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.cync.sandbox.graph.GraphContext;

/** The mailboxSettings of a mailbox user: the usual probe for "has a usable mailbox". */
final class MailboxSettings {
  private MailboxSettings() {}

  static JsonObject of(GraphContext ctx, String userId) {
    JsonObject o =
        JsonParser.parseString(
                """
        {"archiveFolder":"AAMkAGI2AAEuAAAAAACdX3t3","timeZone":"W. Europe Standard Time",
         "automaticRepliesSetting":{"status":"disabled","externalAudience":"all",
           "internalReplyMessage":"","externalReplyMessage":"",
           "scheduledStartDateTime":{"dateTime":"2026-01-01T00:00:00.0000000","timeZone":"UTC"},
           "scheduledEndDateTime":{"dateTime":"2026-01-02T00:00:00.0000000","timeZone":"UTC"}},
         "language":{"locale":"en-US","displayName":"English (United States)"},
         "workingHours":{"daysOfWeek":["monday","tuesday","wednesday","thursday","friday"],
           "startTime":"08:00:00.0000000","endTime":"17:00:00.0000000",
           "timeZone":{"name":"W. Europe Standard Time"}},
         "dateFormat":"dd.MM.yyyy","timeFormat":"HH:mm","userPurpose":"user",
         "delegateMeetingMessageDeliveryOptions":"sendToDelegateOnly"}""")
            .getAsJsonObject();
    JsonObject r = new JsonObject();
    r.addProperty("@odata.context", ctx.context("users('" + userId + "')/mailboxSettings"));
    o.entrySet().forEach(e -> r.add(e.getKey(), e.getValue()));
    return r;
  }
}
