/**
 * What the running process costs: CPU time and heap (used, peak since the last reset, max) from the
 * JVM's own MXBeans, so the sync benchmark and an operator can see CYNC's footprint without
 * attaching a profiler.
 */
package org.cync.diagnostics;
