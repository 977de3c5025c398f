package org.cync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cync.settings.MappingOptions.FileAs;
import org.junit.jupiter.api.Test;

class MappingOptionsTest {

  @Test
  void defaultsSyncEveryFieldWithThePrimaryAddressFirstLast() {
    MappingOptions d = MappingOptions.defaults();
    assertEquals(
        new MappingOptions(
            true, true, true, true, true, true, true, FileAs.FIRST_LAST, null, 3, false, false),
        d);
  }

  @Test
  void moreThanExchangesThreeAddressesIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MappingOptions(
                true, true, true, true, true, true, true, null, null, 4, false, false));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MappingOptions(
                true, true, true, true, true, true, true, null, null, -1, false, false));
  }

  @Test
  void blankCategoryMeansNoneAndMissingOrderMeansFirstLast() {
    MappingOptions o =
        new MappingOptions(true, true, true, true, true, true, true, null, "  ", 3, false, false);
    assertNull(o.category());
    assertEquals(FileAs.FIRST_LAST, o.fileAs());
  }
}
