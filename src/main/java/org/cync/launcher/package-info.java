/**
 * Starts CYNC: checks the configuration, boots Payara Micro with the stores from {@code
 * server-config/} and deploys the application. Runs outside the WAR, as the main class of {@code
 * target/cync.jar}.
 */
package org.cync.launcher;
