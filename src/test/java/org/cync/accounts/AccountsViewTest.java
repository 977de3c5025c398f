package org.cync.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccountsViewTest {

  @Test
  void eachFormNamesTheFieldByItsLabel() {
    assertEquals(
        "Expires: must be in the future.",
        AccountsView.labelled("tokens", "'expires' must be in the future."));
    assertEquals(
        "Name: an account named 'anna' exists already.",
        AccountsView.labelled("add", "'name': an account named 'anna' exists already."));
    assertEquals(
        "New password: must differ from the current password.",
        AccountsView.labelled("reset", "'password' must differ from the current password."));
    assertEquals(
        "First password: must differ from the current password.",
        AccountsView.labelled("add", "'password' must differ from the current password."));
  }

  @Test
  void aMessageWithoutAFieldStaysAsItIs() {
    assertEquals("Not allowed.", AccountsView.labelled("tokens", "Not allowed."));
    assertEquals("'x' is odd.", AccountsView.labelled("unknown", "'x' is odd."));
  }
}
