/**
 * JSON batching ({@code POST /$batch}): up to 20 sub-requests with unique IDs and relative URLs,
 * dependsOn chains (a failed dependency gives 424), at most 4 sub-requests in flight, responses in
 * shuffled order, each sub-request run through the same pipeline (so throttled individually).
 */
package org.cync.sandbox.batch;
