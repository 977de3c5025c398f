package org.cync.accounts;

/**
 * What an Administrator asks to change about an account ({@code PUT /api/accounts/{name}}, or a
 * button on the Accounts page); null fields stay as they are.
 */
public record AccountChange(Role role, Boolean disabled, String password, boolean unlock) {}
