package org.cync.console;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** CYNC's HTTP API lives under {@code /api}; the resources sit in their feature packages. */
@ApplicationPath("api")
public class ApiApplication extends Application {}
