/**
 * The simulated Entra ID directory: users and (nested) groups, a seeded generator of a realistic
 * tenant, and the mutations (change, delete, restore, photos, group moves) whose change sequence
 * numbers drive {@code /users/delta}.
 */
package org.cync.sandbox.tenant;
