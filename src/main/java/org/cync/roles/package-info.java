/**
 * The two roles of CYNC's accounts and the guard that keeps changes to Administrators; below every
 * feature, so any view bean or resource can be guarded.
 */
package org.cync.roles;
