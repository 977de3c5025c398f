package org.cync.alerts;

/** One alert: its flood-guard key and what the mail says. */
public record AlertMail(String key, String subject, String body) {}
