/** MicroProfile Health checks: {@code /health/live} and {@code /health/ready}. */
package org.cync.health;
