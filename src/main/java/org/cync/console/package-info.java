/**
 * The admin console and HTTP API pieces that no single feature owns: the start page and the REST
 * application.
 */
package org.cync.console;
